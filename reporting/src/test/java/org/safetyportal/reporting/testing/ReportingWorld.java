package org.safetyportal.reporting.testing;

import java.math.BigDecimal;
import java.time.Instant;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.inspection.CreditCode;
import org.safetyportal.content.testing.TestWorld;
import org.safetyportal.reporting.alerts.MailSettings;
import org.safetyportal.reporting.identity.ReporterIdentity;
import org.safetyportal.reporting.identity.ReportingKey;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.ReportIntake;

/**
 * A database with the reporting module over it, a reporting key that lives only for the test, and
 * case handlers: {@code zz.gas} at Zezhou's urban management bureau (where gas reports in Zezhou go
 * without lists), {@code zz.gas2} its colleague, and {@code gp.gas} at Gaoping's.
 */
public record ReportingWorld(TestWorld world) implements TestWorld.Around {

    public static final String VALID_CREDIT_CODE = "91140525MA0K12345" + CreditCode.checkCharacter("91140525MA0K12345");

    public static ReportingWorld start(String kind) {
        return start(kind, MailSettings.none());
    }

    /** With an SMTP server for e-mail alerts ({@link MailSettings#none()}: none, alerts off). */
    public static ReportingWorld start(String kind, MailSettings mail) {
        return new ReportingWorld(TestWorld.start(kind, Instant.parse("2026-03-02T02:00:00Z"), ReportingKey.random(), mail))
                .then();
    }

    private ReportingWorld then() {
        world.then(w -> w
                .staff("zz.gas", new RoleGrant("CASE_HANDLER", w.department("URBAN_MANAGEMENT", "ZZ"), null))
                .staff("zz.gas2", new RoleGrant("CASE_HANDLER", w.department("URBAN_MANAGEMENT", "ZZ"), null))
                .staff("gp.gas", new RoleGrant("CASE_HANDLER", w.department("URBAN_MANAGEMENT", "GP"), null)));
        return this;
    }

    public ReportIntake intake() {
        return bean(ReportIntake.class);
    }

    /** An anonymous report of a gas smell in Zezhou. */
    public static NewReport gasLeak(String description) {
        return new NewReport("GAS", "ZZ", "ZZ-NANCUN", "南村镇示例街12号", null, null, "示例燃气站", null, description, null,
                false);
    }

    public static NewReport named(NewReport report, String name, String phone) {
        return new NewReport(report.sectorCode(), report.areaCode(), report.townshipCode(), report.address(),
                report.latitude(), report.longitude(), report.enterpriseName(), report.creditCode(), report.description(),
                new ReporterIdentity(name, phone, null), true);
    }

    public static NewReport at(NewReport report, String latitude, String longitude) {
        return new NewReport(report.sectorCode(), report.areaCode(), report.townshipCode(), report.address(),
                new BigDecimal(latitude), new BigDecimal(longitude), report.enterpriseName(), report.creditCode(),
                report.description(), report.reporter(), report.consent());
    }
}
