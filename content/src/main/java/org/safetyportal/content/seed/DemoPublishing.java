package org.safetyportal.content.seed;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.safetyportal.content.organization.Department;

/**
 * The loop every demonstration loader runs: each row of its seed file, with the department the row
 * names, in a transaction of its own. A row publishes only what the register lacks, so a start that
 * was killed half-way is completed by the next one, without duplicates.
 */
@Singleton
public class DemoPublishing {

    private final DSLContext dsl;
    private final DemoStaff staff;

    DemoPublishing(DSLContext dsl, DemoStaff staff) {
        this.dsl = dsl;
        this.staff = staff;
    }

    /** What one row publishes; answers whether it published the row's main item (not only a later step of it). */
    @FunctionalInterface
    public interface Row {
        boolean publish(Map<String, String> row, Department department);
    }

    /** Runs every row of the seed file; answers how many published their main item. */
    public int eachRow(String seedFile, String departmentColumn, Row publication) {
        return eachRow(SeedTable.read(seedFile).rows(), seedFile, departmentColumn, publication);
    }

    /** The same over rows already read from the seed file. */
    public int eachRow(List<Map<String, String>> rows, String seedFile, String departmentColumn, Row publication) {
        int published = 0;
        for (Map<String, String> row : rows) {
            Department department = staff.department(row.get(departmentColumn), seedFile);
            if (dsl.transactionResult(() -> publication.publish(row, department))) {
                published++;
            }
        }
        return published;
    }
}
