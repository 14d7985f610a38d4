package org.safetyportal.content.oversight;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.seed.DemoStaff;
import org.safetyportal.content.seed.SeedTable;

/**
 * Demonstration 巡查/考核/督查 results from {@code seed/demo/oversight.tsv}: the city's real county
 * governments and departments as the parties, with findings written for this portal and marked 示例.
 * Published through the register by {@code demo.publisher} of each conducting department, with the
 * rectification reports the file gives filed afterwards. Only into an empty register.
 */
@Singleton
public class DemoOversight {

    static final String SEED = "seed/demo/oversight.tsv";

    private final OversightRegister register;
    private final DemoStaff staff;

    DemoOversight(OversightRegister register, DemoStaff staff) {
        this.register = register;
        this.staff = staff;
    }

    /** Publishes the demonstration results unless the register holds any; answers how many it published. */
    public int publishIfNoneExist() {
        if (!register.isEmpty()) {
            return 0;
        }
        List<Map<String, String>> rows = SeedTable.read(SEED).rows();
        for (Map<String, String> row : rows) {
            Department conductor = staff.department(row.get("conductor"), SEED);
            Actor publisher = staff.publisherOf(conductor);
            register.publish(publisher, result(row, conductor));
            if (!blank(row.get("report_date"))) {
                register.fileRectificationReport(publisher, new NewRectificationReport(row.get("result_code"),
                        date(row.get("report_date")), row.get("report_summary"), date(row.get("report_publication_date"))));
            }
        }
        return rows.size();
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
