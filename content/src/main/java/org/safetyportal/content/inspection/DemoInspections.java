package org.safetyportal.content.inspection;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.seed.DemoPublishing;
import org.safetyportal.content.seed.DemoStaff;

/**
 * Demonstration inspection results from {@code seed/demo/inspections.tsv}, for fictional
 * enterprises (every name contains 示例, every credit code is made up), published through the
 * register by {@code demo.publisher} of each inspecting department. Each record is its own
 * publication (one transaction), and a record whose number the register already holds is skipped, so a
 * start that was killed half-way is completed by the next one, without duplicates.
 */
@Singleton
public class DemoInspections {

    static final String SEED = "seed/demo/inspections.tsv";

    private final InspectionRegister register;
    private final DemoStaff staff;
    private final DemoPublishing demo;

    DemoInspections(InspectionRegister register, DemoStaff staff, DemoPublishing demo) {
        this.register = register;
        this.staff = staff;
        this.demo = demo;
    }

    /** Publishes the demonstration records the register does not hold yet; answers how many it published. */
    public int publishIfNoneExist() {
        return demo.eachRow(SEED, "department", (row, department) -> {
            if (register.find(row.get("record_code")).isPresent()) {
                return false;
            }
            register.publish(staff.publisherOf(department), record(row, department));
            return true;
        });
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
