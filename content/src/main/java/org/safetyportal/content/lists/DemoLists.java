package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.seed.SeedTable;

/**
 * Demonstration lists from {@code seed/demo/lists.tsv}, published through the real workflow by two
 * demo accounts ({@code demo.publisher} drafts, {@code demo.reviewer} publishes), so the ledger and
 * history are those of real publications. Only into a portal that has no lists yet.
 */
@Singleton
public class DemoLists {

    static final String SEED = "seed/demo/lists.tsv";
    public static final String DEMO_PUBLISHER = "demo.publisher";
    public static final String DEMO_REVIEWER = "demo.reviewer";

    private final ListPublishing publishing;
    private final ListRepository repository;
    private final OrganizationDirectory organization;
    private final AccountService accounts;

    DemoLists(ListPublishing publishing, ListRepository repository, OrganizationDirectory organization,
            AccountService accounts) {
        this.publishing = publishing;
        this.repository = repository;
        this.organization = organization;
        this.accounts = accounts;
    }

    /** Publishes the demonstration lists unless any list exists; answers how many versions it published. */
    public int publishIfNoListsExist() {
        if (!repository.versionsIn(Set.of(VersionStatus.values())).isEmpty()) {
            return 0;
        }
        Map<String, List<Map<String, String>>> lists = new LinkedHashMap<>();
        for (Map<String, String> row : SeedTable.read(SEED).rows()) {
            lists.computeIfAbsent(row.get("department") + "|" + row.get("list_type") + "|" + row.get("year"),
                    key -> new ArrayList<>()).add(row);
        }
        Map<String, Set<String>> permissions = new LinkedHashMap<>();
        accounts.roles().forEach(role -> permissions.put(role.code(), role.permissions()));
        for (List<Map<String, String>> rows : lists.values()) {
            Map<String, String> first = rows.get(0);
            Department department = department(first.get("department"));
            ListType type = ListType.valueOf(first.get("list_type"));
            int year = Integer.parseInt(first.get("year"));
            Actor publisher = new Actor(DEMO_PUBLISHER, List.of(RoleGrant.inDepartment("PUBLISHER", department.id())), permissions);
            Actor reviewer = new Actor(DEMO_REVIEWER, List.of(RoleGrant.inDepartment("REVIEWER", department.id())), permissions);
            ListVersion draft = publishing.startDraft(publisher, department.id(), type, year);
            publishing.saveItems(publisher, draft.id(), rows.stream().map(DemoLists::item).toList());
            publishing.submit(publisher, draft.id());
            LocalDate effective = type.isAnnual() ? LocalDate.of(year, 1, 1) : LocalDate.of(2026, 1, 1);
            publishing.approve(reviewer, draft.id(), new ListVersionApproval(effective, ChangeReason.ANNUAL_UPDATE, null));
        }
        return lists.size();
    }

    private Department department(String code) {
        return organization.departments().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException(SEED + " names an unknown department " + code));
    }

    private static ListItem item(Map<String, String> row) {
        return new ListItem(row.get("code"), row.get("title"),
                blank(row.get("power_type")) ? null : PowerType.valueOf(row.get("power_type")),
                text(row.get("legal_basis")), text(row.get("responsible_body")), text(row.get("stages")),
                text(row.get("accountability")), text(row.get("supervision_phone")),
                blank(row.get("sectors")) ? List.of() : Arrays.asList(row.get("sectors").split(",")),
                text(row.get("measures")), blank(row.get("deadline")) ? null : LocalDate.parse(row.get("deadline")),
                text(row.get("cooperating_units")),
                blank(row.get("task_status")) ? null : TaskStatus.valueOf(row.get("task_status")), text(row.get("progress")));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return blank(value) ? null : value;
    }
}
