package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.seed.DemoStaff;
import org.safetyportal.content.seed.SeedTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demonstration lists from {@code seed/demo/lists.tsv}, published through the real workflow by two
 * demo accounts ({@code demo.publisher} drafts, {@code demo.reviewer} publishes), so the ledger and
 * history are those of real publications.
 *
 * <p>Each row is one item of one version; the rows of a version hold all of its items. Versions of a
 * list ({@code version}, blank for 1) are published in order, numbered 1, 2, ...; the first row of a
 * version may give its {@code effective_date} and {@code change_reason} (by default 1 January of the
 * list's year, or of 2026, and an annual update).
 *
 * <p>Each version is one transaction, from draft to publication, so no demo draft outlives a failed or
 * killed start; a version whose number the list already has in public is skipped, so the next start
 * completes what an interrupted one began, without duplicates. Drafts of {@code demo.publisher} that an
 * earlier release left behind (nobody can sign in as him to finish them, and they block new drafts of
 * their list) are discarded first. A list where someone else has a draft open is left alone.
 */
@Singleton
public class DemoLists {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLists.class);

    static final String SEED = "seed/demo/lists.tsv";
    public static final String DEMO_PUBLISHER = DemoStaff.PUBLISHER;
    public static final String DEMO_REVIEWER = DemoStaff.REVIEWER;

    private final ListPublishing publishing;
    private final ListRepository repository;
    private final DemoStaff staff;
    private final DSLContext dsl;

    DemoLists(ListPublishing publishing, ListRepository repository, DemoStaff staff, DSLContext dsl) {
        this.publishing = publishing;
        this.repository = repository;
        this.staff = staff;
        this.dsl = dsl;
    }

    /** Publishes the demonstration versions the lists do not have yet; answers how many versions it published. */
    public int publishIfNoListsExist() {
        discardDemoDrafts();
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
            for (Map.Entry<Integer, List<Map<String, String>>> version : versions.entrySet()) {
                boolean publishedNow = dsl.transactionResult(
                        () -> publishUnlessHeld(department, type, year, version.getKey(), version.getValue()));
                published += publishedNow ? 1 : 0;
            }
        }
        return published;
    }

    /** One version from draft to publication, unless the list has it (or a later one) in public already. */
    private boolean publishUnlessHeld(Department department, ListType type, int year, int versionNo,
            List<Map<String, String>> rows) {
        List<ListVersion> held = repository.versions(department.id(), type, year, EnumSet.allOf(VersionStatus.class));
        if (held.stream().anyMatch(v -> v.status().isPublic() && v.versionNo() >= versionNo)
                || held.stream().anyMatch(v -> v.status().isOpen())) {
            return false;
        }
        Actor publisher = staff.publisherOf(department);
        ListVersion draft = publishing.startDraft(publisher, department.id(), type, year);
        publishing.saveItems(publisher, draft.id(), rows.stream().map(DemoLists::item).toList());
        publishing.submit(publisher, draft.id());
        publishing.approve(staff.reviewerOf(department), draft.id(), approval(rows.get(0), type, year));
        return true;
    }

    private void discardDemoDrafts() {
        for (ListVersion open : repository.versionsIn(EnumSet.of(VersionStatus.DRAFT, VersionStatus.SUBMITTED))) {
            if (DEMO_PUBLISHER.equals(open.draftedBy())) {
                LOG.warn("Discarding {} {} version {} of {}, left unpublished by an interrupted demo start",
                        open.status(), open.type(), open.versionNo(), open.department().code());
                dsl.transaction(() -> repository.deleteOpenVersion(open.id()));
            }
        }
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
