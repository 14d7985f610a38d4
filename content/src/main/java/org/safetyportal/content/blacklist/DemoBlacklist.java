package org.safetyportal.content.blacklist;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.seed.DemoStaff;
import org.safetyportal.content.seed.SeedTable;

/**
 * Demonstration blacklist entries from {@code seed/demo/blacklist.tsv}, for fictional enterprises
 * (every name contains 示例, every credit code is made up): listed by {@code demo.publisher} of each
 * listing department, early removals requested by him and approved by {@code demo.reviewer}.
 * Only into an empty blacklist.
 */
@Singleton
public class DemoBlacklist {

    static final String SEED = "seed/demo/blacklist.tsv";

    private final BlacklistRegister register;
    private final DemoStaff staff;

    DemoBlacklist(BlacklistRegister register, DemoStaff staff) {
        this.register = register;
        this.staff = staff;
    }

    /** Publishes the demonstration entries unless the blacklist holds any; answers how many it listed. */
    public int publishIfNoneExist() {
        if (!register.isEmpty()) {
            return 0;
        }
        List<Map<String, String>> rows = SeedTable.read(SEED).rows();
        for (Map<String, String> row : rows) {
            Department department = staff.department(row.get("department"), SEED);
            Actor publisher = staff.publisherOf(department);
            BlacklistEntry entry = register.list(publisher, entry(row, department));
            if (!blank(row.get("removal_date"))) {
                Actor reviewer = staff.reviewerOf(department);
                RemovalRequest request = register.requestRemoval(publisher, entry.id(), row.get("removal_reason"),
                        LocalDate.parse(row.get("removal_date")));
                register.approveRemoval(reviewer, request.id());
            }
        }
        return rows.size();
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
