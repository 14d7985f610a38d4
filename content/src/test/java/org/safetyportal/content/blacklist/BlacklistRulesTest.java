package org.safetyportal.content.blacklist;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.ValidationException;

class BlacklistRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static NewBlacklistEntry entry(String creditCode, String decisionNo, String phone, LocalDate listed) {
        return BlacklistRules.normalized(new NewBlacklistEntry(1, " 泽州县示例煤业有限公司 ", creditCode, " ", "ZZ", "COAL_MINE",
                "瞒报生产安全事故", "《安全生产严重失信主体名单管理办法》第五条", decisionNo, listed, "县应急管理局法规科",
                phone, "书面异议"));
    }

    @Test
    void aCompleteEntryPasses_andIsNormalized() {
        NewBlacklistEntry e = entry("91140525ma0dem001p", "泽应急失信〔2026〕1号", "0356-1234567", TODAY);
        assertDoesNotThrow(() -> BlacklistRules.checkIdentity(e));
        assertDoesNotThrow(() -> BlacklistRules.checkContent(e, TODAY));
        assertEquals("泽州县示例煤业有限公司", e.enterpriseName());
        assertEquals("91140525MA0DEM001P", e.creditCode());
        assertNull(e.responsiblePerson(), "a blank text is no text");
    }

    @Test
    void refusals_nameWhatIsWrong() {
        assertKey("blacklist.creditCode.invalid", () -> BlacklistRules.checkIdentity(
                entry("91140525MA0DEM001Q", "泽应急失信〔2026〕1号", "0356-1234567", TODAY)));
        assertKey("blacklist.decisionNo.required", () -> BlacklistRules.checkContent(
                entry("91140525MA0DEM001P", " ", "0356-1234567", TODAY), TODAY));
        assertKey("blacklist.objection.required", () -> BlacklistRules.checkContent(
                entry("91140525MA0DEM001P", "泽应急失信〔2026〕1号", null, TODAY), TODAY));
        assertKey("blacklist.text.tooLong", () -> BlacklistRules.checkContent(
                entry("91140525MA0DEM001P", "泽应急失信〔2026〕1号", "0".repeat(BlacklistRules.MAX_PHONE + 1), TODAY), TODAY));
        assertKey("blacklist.listingDate.required", () -> BlacklistRules.checkContent(
                entry("91140525MA0DEM001P", "泽应急失信〔2026〕1号", "0356-1234567", null), TODAY));
        assertKey("blacklist.listingDate.future", () -> BlacklistRules.checkContent(
                entry("91140525MA0DEM001P", "泽应急失信〔2026〕1号", "0356-1234567", TODAY.plusDays(1)), TODAY));
    }

    private static void assertKey(String key, Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
