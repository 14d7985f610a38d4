package org.safetyportal.content.rectification;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Map;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.seed.DemoPublishing;
import org.safetyportal.content.seed.DemoStaff;

/**
 * Demonstration entries of the 问题整改清单 from {@code seed/demo/rectification_problems.tsv} (with their
 * completion when the row has one) and of the 追责问责清单 from {@code seed/demo/accountability.tsv}, about
 * the fictional 示例 enterprises of the other demo files and naming posts only, published through the
 * registers by {@code demo.publisher}. Entries the registers hold are kept, and a completion missing from a
 * start that was killed half-way is recorded by the next one. Run after the demo hazards and inspections,
 * which the entries link to.
 */
@Singleton
public class DemoRectification {

    static final String PROBLEMS = "seed/demo/rectification_problems.tsv";
    static final String DECISIONS = "seed/demo/accountability.tsv";

    private final ProblemRegister problems;
    private final AccountabilityRegister decisions;
    private final DemoStaff staff;
    private final DemoPublishing demo;

    DemoRectification(ProblemRegister problems, AccountabilityRegister decisions, DemoStaff staff, DemoPublishing demo) {
        this.problems = problems;
        this.decisions = decisions;
        this.staff = staff;
        this.demo = demo;
    }

    /** Publishes the entries the registers lack; answers how many problems and decisions it published. */
    public int publishIfNoneExist() {
        int published = demo.eachRow(PROBLEMS, "department", this::problem);
        return published + demo.eachRow(DECISIONS, "department", (row, department) -> {
            if (decisions.byCode(row.get("decision_code")).isPresent()) {
                return false;
            }
            decisions.record(staff.publisherOf(department), new NewAccountability(row.get("decision_code"),
                    department.id(), row.get("held_unit"), row.get("held_post"),
                    AccountabilityMeasure.valueOf(row.get("measure")), row.get("reason"), row.get("decided_by"),
                    LocalDate.parse(row.get("decision_date")), row.get("problem"), row.get("hazard")));
            return true;
        });
    }

    private boolean problem(Map<String, String> row, Department department) {
        String code = row.get("problem_code");
        boolean record = problems.byCode(code).isEmpty();
        if (record) {
            problems.record(staff.publisherOf(department), new NewProblem(code, department.id(),
                    ProblemSource.valueOf(row.get("source")), row.get("campaign"), row.get("inspected_party"), row.get("area"),
                    row.get("description"), row.get("measures"), row.get("responsible_unit"),
                    LocalDate.parse(row.get("found_date")), LocalDate.parse(row.get("deadline")), row.get("hazard"),
                    row.get("inspection"), row.get("oversight")));
        }
        String completedOn = row.get("completed_on");
        if (completedOn != null && !completedOn.isBlank() && problems.byCode(code).orElseThrow().completion().isEmpty()) {
            problems.complete(staff.publisherOf(department), code, LocalDate.parse(completedOn), row.get("completion_note"));
        }
        return record;
    }
}
