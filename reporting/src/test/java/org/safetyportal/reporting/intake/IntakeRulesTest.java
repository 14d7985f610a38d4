package org.safetyportal.reporting.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.ValidationException;
import org.safetyportal.reporting.identity.ReporterIdentity;
import org.safetyportal.reporting.testing.ReportingWorld;

class IntakeRulesTest {

    private final IntakeRules rules = new IntakeRules(Set.of("GAS", "FIRE"),
            Map.of("ZZ", Set.of("ZZ-NANCUN", "ZZ-BAGONG"), "KFQ", Set.of()));

    private static NewReport report(String sector, String area, String township, String address, String creditCode,
            String description, ReporterIdentity reporter, boolean consent) {
        return new NewReport(sector, area, township, address, null, null, null, creditCode, description, reporter, consent);
    }

    private static NewReport good() {
        return report("GAS", "ZZ", "ZZ-NANCUN", " 南村镇示例街12号 ", null, " 闻到燃气味 ", null, false);
    }

    private static String refusal(NewReport report, IntakeRules rules) {
        return assertThrows(ValidationException.class, () -> rules.check(report)).messageKey();
    }

    private String refusal(NewReport report) {
        return refusal(report, rules);
    }

    @Test
    void aPlainAnonymousReport_isTidiedAndAccepted() {
        NewReport checked = rules.check(good());

        assertEquals("南村镇示例街12号", checked.address());
        assertEquals("闻到燃气味", checked.description());
        assertTrue(checked.anonymous());
        assertNull(checked.enterpriseName());
    }

    @Test
    void categoryAndCountyMustBeKnown_andATownshipMustLieInTheCounty() {
        assertEquals("reports.sector.required", refusal(report(null, "ZZ", null, "某地", null, "事", null, false)));
        assertEquals("reports.sector.required", refusal(report("COAL", "ZZ", null, "某地", null, "事", null, false)));
        assertEquals("reports.area.required", refusal(report("GAS", "JC", null, "某地", null, "事", null, false)));
        assertEquals("reports.township.notInCounty",
                refusal(report("GAS", "ZZ", "GP-MISHAN", "某地", null, "事", null, false)));
        assertEquals("KFQ", rules.check(report("GAS", "KFQ", null, "某地", null, "事", null, false)).areaCode(),
                "a county without townships in the seed takes reports without one");
    }

    @Test
    void addressAndDescriptionAreRequired_andBounded() {
        assertEquals("reports.address.required", refusal(report("GAS", "ZZ", null, "  ", null, "事", null, false)));
        assertEquals("reports.address.tooLong",
                refusal(report("GAS", "ZZ", null, "路".repeat(301), null, "事", null, false)));
        assertEquals("reports.description.required", refusal(report("GAS", "ZZ", null, "某地", null, "", null, false)));
        String longest = "险".repeat(IntakeRules.MAX_DESCRIPTION);
        assertEquals(longest, rules.check(report("GAS", "ZZ", null, "某地", null, longest, null, false)).description());
        assertEquals("reports.description.tooLong",
                refusal(report("GAS", "ZZ", null, "某地", null, longest + "险", null, false)));
    }

    @Test
    void aCreditCode_isCheckedAsTheInspectionRegisterDoes() {
        String valid = ReportingWorld.VALID_CREDIT_CODE;
        assertEquals(valid, rules.check(report("GAS", "ZZ", null, "某地", valid.toLowerCase(), "事", null, false)).creditCode());
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        assertEquals("reports.creditCode.invalid", refusal(report("GAS", "ZZ", null, "某地", wrongCheck, "事", null, false)));
        assertEquals("reports.creditCode.invalid",
                refusal(report("GAS", "ZZ", null, "某地", "<script>", "事", null, false)));
    }

    @Test
    void coordinates_areBothOrNone_withinTheGlobe_keptToSixDecimals() {
        NewReport at = new NewReport("GAS", "ZZ", null, "某地", new BigDecimal("35.4908123"), new BigDecimal("112.8512"),
                null, null, "事", null, false);
        assertEquals(new BigDecimal("35.490812"), rules.check(at).latitude());
        assertEquals("reports.coordinates.invalid", refusal(new NewReport("GAS", "ZZ", null, "某地",
                new BigDecimal("35.49"), null, null, null, "事", null, false)));
        assertEquals("reports.coordinates.invalid", refusal(new NewReport("GAS", "ZZ", null, "某地",
                new BigDecimal("95"), new BigDecimal("112"), null, null, "事", null, false)));
    }

    @Test
    void aRealNameReport_needsNameAValidPhoneAndConsent() {
        ReporterIdentity reporter = new ReporterIdentity(" 张示例 ", "138 0000 0000", "zhang@example.org");
        NewReport named = rules.check(report("GAS", "ZZ", null, "某地", null, "事", reporter, true));
        assertEquals("张示例", named.reporter().name());
        assertTrue(named.consent());

        assertEquals("reports.reporter.consentRequired",
                refusal(report("GAS", "ZZ", null, "某地", null, "事", reporter, false)));
        assertEquals("reports.reporter.nameRequired", refusal(report("GAS", "ZZ", null, "某地", null, "事",
                new ReporterIdentity(" ", "13800000000", null), true)));
        assertEquals("reports.reporter.phoneInvalid", refusal(report("GAS", "ZZ", null, "某地", null, "事",
                new ReporterIdentity("张示例", "call me", null), true)));
        assertEquals("reports.reporter.emailInvalid", refusal(report("GAS", "ZZ", null, "某地", null, "事",
                new ReporterIdentity("张示例", "13800000000", "not-an-address"), true)));
    }

    @Test
    void theIdentityNeverShowsInItsTextForm() {
        String text = new ReporterIdentity("张示例", "13800000000", "zhang@example.org").toString();

        assertTrue(!text.contains("13800000000") && !text.contains("张示例") && !text.contains("zhang"), text);
    }
}
