package org.safetyportal.content.inspection;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
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
 * Demonstration inspection results from {@code seed/demo/inspections.tsv}, for fictional
 * enterprises (every name contains 示例, every credit code is made up), published through the
 * register by {@code demo.publisher} of each inspecting department. Only into an empty register.
 */
@Singleton
public class DemoInspections {

    static final String SEED = "seed/demo/inspections.tsv";

    private final InspectionRegister register;
    private final OrganizationDirectory organization;
    private final AccountService accounts;

    DemoInspections(InspectionRegister register, OrganizationDirectory organization, AccountService accounts) {
        this.register = register;
        this.organization = organization;
        this.accounts = accounts;
    }

    /** Publishes the demonstration records unless the register holds any; answers how many it published. */
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
            register.publish(publisher, record(row, department));
        }
        return rows.size();
    }

    private Department department(String code) {
        return organization.departments().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException(SEED + " names an unknown department " + code));
    }

    private static NewInspectionRecord record(Map<String, String> row, Department department) {
        return new NewInspectionRecord(row.get("record_code"), InspectionKind.valueOf(row.get("kind")), department.id(),
                row.get("enterprise_name"), row.get("credit_code"), row.get("area"), row.get("sector"),
                date(row.get("inspection_date")), row.get("findings"), row.get("violation_basis"),
                row.get("violation_description"), row.get("measures"), row.get("decision_no"),
                blank(row.get("fine_amount")) ? null : new BigDecimal(row.get("fine_amount")),
                date(row.get("rectification_deadline")), RectificationStatus.valueOf(row.get("rectification_status")),
                date(row.get("decision_date")), date(row.get("publication_date")));
    }

    private static LocalDate date(String value) {
        return blank(value) ? null : LocalDate.parse(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
