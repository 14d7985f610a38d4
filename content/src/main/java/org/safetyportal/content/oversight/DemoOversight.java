package org.safetyportal.content.oversight;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.seed.DemoPublishing;
import org.safetyportal.content.seed.DemoStaff;

/**
 * Demonstration 巡查/考核/督查 results from {@code seed/demo/oversight.tsv}: the city's real county
 * governments and departments as the parties, with findings written for this portal and marked 示例.
 * Published through the register by {@code demo.publisher} of each conducting department, with the
 * rectification reports the file gives filed afterwards. A result and its report are one transaction;
 * a result the register holds is skipped (its missing report still filed), so a start that was killed
 * half-way is completed by the next one, without duplicates.
 */
@Singleton
public class DemoOversight {

    static final String SEED = "seed/demo/oversight.tsv";

    private final OversightRegister register;
    private final DemoStaff staff;
    private final DemoPublishing demo;

    DemoOversight(OversightRegister register, DemoStaff staff, DemoPublishing demo) {
        this.register = register;
        this.staff = staff;
        this.demo = demo;
    }

    /** Publishes the demonstration results (and reports) the register lacks; answers how many results it published. */
    public int publishIfNoneExist() {
        return demo.eachRow(SEED, "conductor", (row, conductor) -> {
            Actor publisher = staff.publisherOf(conductor);
            String code = row.get("result_code");
            boolean publish = register.byCode(code).isEmpty();
            if (publish) {
                register.publish(publisher, result(row, conductor));
            }
            if (!blank(row.get("report_date")) && register.byCode(code).orElseThrow().report() == null) {
                register.fileRectificationReport(publisher, new NewRectificationReport(code,
                        date(row.get("report_date")), row.get("report_summary"), date(row.get("report_publication_date"))));
            }
            return publish;
        });
    }

    private NewOversightResult result(Map<String, String> row, Department conductor) {
        String inspectedDepartment = row.get("inspected_department");
        return new NewOversightResult(row.get("result_code"), OversightKind.valueOf(row.get("kind")), conductor.id(),
                blank(row.get("inspected_area")) ? null : row.get("inspected_area"),
                blank(inspectedDepartment) ? null : staff.department(inspectedDepartment, SEED).id(),
                row.get("document_no"), date(row.get("period_start")), date(row.get("period_end")),
                Integer.valueOf(row.get("year")), row.get("findings"),
                blank(row.get("grade")) ? null : AssessmentGrade.valueOf(row.get("grade")),
                blank(row.get("score")) ? null : new BigDecimal(row.get("score")),
                row.get("rectification_requirements"), date(row.get("rectification_deadline")),
                date(row.get("decision_date")), date(row.get("publication_date")));
    }

    private static LocalDate date(String value) {
        return blank(value) ? null : LocalDate.parse(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
