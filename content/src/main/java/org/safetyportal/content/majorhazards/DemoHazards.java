package org.safetyportal.content.majorhazards;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.seed.DemoPublishing;
import org.safetyportal.content.seed.DemoStaff;
import org.safetyportal.content.seed.SeedTable;

/**
 * Demonstration listings from {@code seed/demo/major_hazards.tsv} and their steps from
 * {@code seed/demo/major_hazard_steps.tsv}, for fictional enterprises (every name contains 示例),
 * published through the register: {@code demo.publisher} lists and records the rectification,
 * {@code demo.reviewer} signs off the acceptance. A listing and its steps are one transaction; a listing
 * the register holds is kept and only the steps it lacks are recorded (by their place in the file), so a
 * start that was killed half-way is completed by the next one, without duplicates.
 */
@Singleton
public class DemoHazards {

    static final String SEED = "seed/demo/major_hazards.tsv";
    static final String STEPS = "seed/demo/major_hazard_steps.tsv";

    private final MajorHazardRegister register;
    private final DemoStaff staff;
    private final DemoPublishing demo;

    DemoHazards(MajorHazardRegister register, DemoStaff staff, DemoPublishing demo) {
        this.register = register;
        this.staff = staff;
        this.demo = demo;
    }

    /** Lists the demonstration hazards and records the steps the register lacks; answers how many it listed. */
    public int publishIfNoneExist() {
        List<Map<String, String>> rows = SeedTable.read(SEED).rows();
        Map<String, List<Map<String, String>>> steps = new LinkedHashMap<>();
        rows.forEach(row -> steps.put(row.get("register_code"), new ArrayList<>()));
        for (Map<String, String> step : SeedTable.read(STEPS).rows()) {
            List<Map<String, String>> of = steps.get(step.get("register_code"));
            if (of == null) {
                throw new IllegalStateException(STEPS + " names an unknown listing " + step.get("register_code"));
            }
            of.add(step);
        }
        return demo.eachRow(rows, SEED, "department", (row, department) -> {
            String code = row.get("register_code");
            boolean list = register.byCode(code).isEmpty();
            if (list) {
                register.list(staff.publisherOf(department), listing(row, department));
            }
            List<Map<String, String>> wanted = steps.get(code);
            for (int i = register.byCode(code).orElseThrow().history().size(); i < wanted.size(); i++) {
                recordStep(department, code, wanted.get(i));
            }
            return list;
        });
    }

    private void recordStep(Department department, String code, Map<String, String> step) {
        HazardStatus current = register.byCode(code).orElseThrow().status();
        Actor actor = HazardStatus.isAcceptanceStep(current)
                ? staff.reviewerOf(department)
                : staff.publisherOf(department);
        register.recordStep(actor, code, new StatusChange(HazardStatus.valueOf(step.get("status")),
                LocalDate.parse(step.get("date")), step.get("note"), blankToNull(step.get("signed_off_by")),
                blankToNull(step.get("signed_off_unit")),
                step.get("signer_role") == null || step.get("signer_role").isBlank() ? null : SignerRole.valueOf(step.get("signer_role"))));
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
