package org.safetyportal.content.blacklist;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.lists.DemoLists;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
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
    private final OrganizationDirectory organization;
    private final AccountService accounts;

    DemoBlacklist(BlacklistRegister register, OrganizationDirectory organization, AccountService accounts) {
        this.register = register;
        this.organization = organization;
        this.accounts = accounts;
    }

    /** Publishes the demonstration entries unless the blacklist holds any; answers how many it listed. */
    public int publishIfNoneExist() {
        if (!register.isEmpty()) {
            return 0;
        }
        Map<String, Set<String>> permissions = new LinkedHashMap<>();
        accounts.roles().forEach(role -> permissions.put(role.code(), role.permissions()));
        List<Map<String, String>> rows = SeedTable.read(SEED).rows();
        for (Map<String, String> row : rows) {
            Department department = department(row.get("department"));
            Actor publisher = new Actor(DemoLists.DEMO_PUBLISHER,
                    List.of(RoleGrant.inDepartment("PUBLISHER", department.id())), permissions);
            BlacklistEntry entry = register.list(publisher, entry(row, department));
            if (!blank(row.get("removal_date"))) {
                Actor reviewer = new Actor(DemoLists.DEMO_REVIEWER,
                        List.of(RoleGrant.inDepartment("REVIEWER", department.id())), permissions);
                RemovalRequest request = register.requestRemoval(publisher, entry.id(), row.get("removal_reason"),
                        LocalDate.parse(row.get("removal_date")));
                register.approveRemoval(reviewer, request.id());
            }
        }
        return rows.size();
    }

    private Department department(String code) {
        return organization.departments().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException(SEED + " names an unknown department " + code));
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
