package org.safetyportal.content.hazards;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.seed.DemoStaff;
import org.safetyportal.content.seed.SeedTable;

/**
 * Demonstration listings from {@code seed/demo/major_hazards.tsv} and their steps from
 * {@code seed/demo/major_hazard_steps.tsv}, for fictional enterprises (every name contains 示例),
 * published through the register: {@code demo.publisher} lists and records the rectification,
 * {@code demo.reviewer} signs off the acceptance. Only into an empty register.
 */
@Singleton
public class DemoHazards {

    static final String SEED = "seed/demo/major_hazards.tsv";
    static final String STEPS = "seed/demo/major_hazard_steps.tsv";

    private final MajorHazardRegister register;
    private final DemoStaff staff;

    DemoHazards(MajorHazardRegister register, DemoStaff staff) {
        this.register = register;
        this.staff = staff;
    }

    /** Publishes the demonstration listings unless the register holds any; answers how many it listed. */
    public int publishIfNoneExist() {
        if (!register.isEmpty()) {
            return 0;
        }
        List<Map<String, String>> rows = SeedTable.read(SEED).rows();
        Map<String, Department> departments = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            Department department = staff.department(row.get("department"), SEED);
            departments.put(row.get("register_code"), department);
            register.list(staff.publisherOf(department), listing(row, department));
        }
        for (Map<String, String> step : SeedTable.read(STEPS).rows()) {
            Department department = departments.get(step.get("register_code"));
            if (department == null) {
                throw new IllegalStateException(STEPS + " names an unknown listing " + step.get("register_code"));
            }
            HazardStatus current = register.byCode(step.get("register_code")).orElseThrow().status();
            Actor actor = HazardStatus.isAcceptanceStep(current)
                    ? staff.reviewerOf(department)
                    : staff.publisherOf(department);
            register.recordStep(actor, step.get("register_code"), new StatusChange(HazardStatus.valueOf(step.get("status")),
                    LocalDate.parse(step.get("date")), step.get("note"), blankToNull(step.get("signed_off_by")),
                    blankToNull(step.get("signed_off_unit"))));
        }
        return rows.size();
    }

    private static NewMajorHazard listing(Map<String, String> row, Department department) {
        return new NewMajorHazard(row.get("register_code"), department.id(), row.get("description"),
                row.get("enterprise_name"), row.get("credit_code"), row.get("area"), row.get("sector"),
                LocalDate.parse(row.get("listing_date")), LocalDate.parse(row.get("deadline")),
                new FiveImplementations(row.get("measures"), row.get("responsibility"), row.get("funds"),
                        row.get("time_limit"), row.get("contingency_plan")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
