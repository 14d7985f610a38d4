package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.seed.DemoStaff;
import org.safetyportal.content.seed.SeedTable;

/**
 * Demonstration lists from {@code seed/demo/lists.tsv}, published through the real workflow by two
 * demo accounts ({@code demo.publisher} drafts, {@code demo.reviewer} publishes), so the ledger and
 * history are those of real publications. Only into a portal that has no lists yet.
 *
 * <p>Each row is one item of one version; the rows of a version hold all of its items. Versions of a
 * list ({@code version}, blank for 1) are published in order, numbered 1, 2, ...; the first row of a
 * version may give its {@code effective_date} and {@code change_reason} (by default 1 January of the
 * list's year, or of 2026, and an annual update).
 */
@Singleton
public class DemoLists {

    static final String SEED = "seed/demo/lists.tsv";
    public static final String DEMO_PUBLISHER = DemoStaff.PUBLISHER;
    public static final String DEMO_REVIEWER = DemoStaff.REVIEWER;

    private final ListPublishing publishing;
    private final ListRepository repository;
    private final DemoStaff staff;

    DemoLists(ListPublishing publishing, ListRepository repository, DemoStaff staff) {
        this.publishing = publishing;
        this.repository = repository;
        this.staff = staff;
    }

    /** Publishes the demonstration lists unless any list exists; answers how many versions it published. */
    public int publishIfNoListsExist() {
        if (!repository.versionsIn(Set.of(VersionStatus.values())).isEmpty()) {
            return 0;
        }
        Map<String, SortedMap<Integer, List<Map<String, String>>>> lists = new LinkedHashMap<>();
        for (Map<String, String> row : SeedTable.read(SEED).rows()) {
            lists.computeIfAbsent(row.get("department") + "|" + row.get("list_type") + "|" + row.get("year"),
                    key -> new TreeMap<>()).computeIfAbsent(versionNo(row), key -> new ArrayList<>()).add(row);
        }
        int published = 0;
        for (Map.Entry<String, SortedMap<Integer, List<Map<String, String>>>> list : lists.entrySet()) {
            SortedMap<Integer, List<Map<String, String>>> versions = list.getValue();
            if (versions.firstKey() != 1 || versions.lastKey() != versions.size()) {
                throw new IllegalStateException(SEED + " numbers the versions of " + list.getKey() + " " + versions.keySet()
                        + "; they must run 1, 2, ...");
            }
            Map<String, String> first = versions.get(1).get(0);
            Department department = staff.department(first.get("department"), SEED);
            ListType type = ListType.valueOf(first.get("list_type"));
            int year = Integer.parseInt(first.get("year"));
            Actor publisher = staff.publisherOf(department);
            Actor reviewer = staff.reviewerOf(department);
            for (List<Map<String, String>> rows : versions.values()) {
                ListVersion draft = publishing.startDraft(publisher, department.id(), type, year);
                publishing.saveItems(publisher, draft.id(), rows.stream().map(DemoLists::item).toList());
                publishing.submit(publisher, draft.id());
                publishing.approve(reviewer, draft.id(), approval(rows.get(0), type, year));
                published++;
            }
        }
        return published;
    }

    private static int versionNo(Map<String, String> row) {
        return blank(row.get("version")) ? 1 : Integer.parseInt(row.get("version"));
    }

    private static ListVersionApproval approval(Map<String, String> row, ListType type, int year) {
        LocalDate effective = blank(row.get("effective_date"))
                ? LocalDate.of(type.isAnnual() ? year : 2026, 1, 1)
                : LocalDate.parse(row.get("effective_date"));
        ChangeReason reason = blank(row.get("change_reason")) ? ChangeReason.ANNUAL_UPDATE : ChangeReason.valueOf(row.get("change_reason"));
        return new ListVersionApproval(effective, reason, null);
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
