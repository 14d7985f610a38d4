package org.safetyportal.content.blacklist;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.seed.DemoPublishing;
import org.safetyportal.content.seed.DemoStaff;

/**
 * Demonstration blacklist entries from {@code seed/demo/blacklist.tsv}, for fictional enterprises
 * (every name contains 示例, every credit code is made up): listed by {@code demo.publisher} of each
 * listing department, early removals requested by him and approved by {@code demo.reviewer}. A listing
 * and its removal are one transaction; an entry the blacklist holds (same credit code and decision
 * number) is skipped, its missing removal still made, so a start that was killed half-way is completed by
 * the next one, without duplicates.
 */
@Singleton
public class DemoBlacklist {

    static final String SEED = "seed/demo/blacklist.tsv";

    private final BlacklistRegister register;
    private final DemoStaff staff;
    private final DemoPublishing demo;

    DemoBlacklist(BlacklistRegister register, DemoStaff staff, DemoPublishing demo) {
        this.register = register;
        this.staff = staff;
        this.demo = demo;
    }

    /** Publishes the demonstration entries (and removals) the blacklist lacks; answers how many it listed. */
    public int publishIfNoneExist() {
        return demo.eachRow(SEED, "department", (row, department) -> {
            Actor publisher = staff.publisherOf(department);
            Optional<BlacklistEntry> held = held(row);
            BlacklistEntry entry = held.orElseGet(() -> register.list(publisher, entry(row, department)));
            if (!blank(row.get("removal_date")) && entry.removal() == null) {
                Actor reviewer = staff.reviewerOf(department);
                // A request an earlier start made but did not get to approve is approved, not asked again.
                RemovalRequest request = register.pendingRequests(reviewer).stream()
                        .filter(r -> r.entry().id() == entry.id()).findFirst()
                        .orElseGet(() -> register.requestRemoval(publisher, entry.id(), row.get("removal_reason"),
                                LocalDate.parse(row.get("removal_date"))));
                register.approveRemoval(reviewer, request.id());
            }
            return held.isEmpty();
        });
    }

    private Optional<BlacklistEntry> held(Map<String, String> row) {
        return register.byCreditCode(row.get("credit_code")).stream()
                .filter(e -> e.decisionNo().equals(row.get("decision_no"))).findFirst();
    }

    private static NewBlacklistEntry entry(Map<String, String> row, Department department) {
        return new NewBlacklistEntry(department.id(), row.get("enterprise_name"), row.get("credit_code"),
                row.get("responsible_person"), row.get("area"), row.get("sector"), row.get("conduct"),
                row.get("legal_basis"), row.get("decision_no"), LocalDate.parse(row.get("listing_date")),
                row.get("objection_contact"), row.get("objection_phone"), row.get("objection_channel"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
