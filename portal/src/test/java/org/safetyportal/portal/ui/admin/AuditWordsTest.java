package org.safetyportal.portal.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.portal.ui.FormTesting;

class AuditWordsTest {

    private static final LocalizedName BUREAU = FormTesting.EMERGENCY.name();

    private static AuditWords in(Locale locale) {
        return new AuditWords(locale, id -> id == 2 ? Optional.of(BUREAU) : Optional.empty(),
                id -> id == 3 ? Optional.of(FormTesting.ZEZHOU.name()) : Optional.empty(),
                code -> "JC-EMERGENCY".equals(code) ? Optional.of(BUREAU) : Optional.empty());
    }

    @Test
    void aRoleGrant_readsAsTheDepartmentsRole_inEitherLanguage() {
        assertEquals("晋城市应急管理局发布员，泽州县审核员", in(Locale.SIMPLIFIED_CHINESE).of("PUBLISHER@department:2，REVIEWER@area:3"));
        assertEquals("Publisher, Jincheng City Emergency Management Bureau",
                in(Locale.ENGLISH).of("PUBLISHER@department:2"));
    }

    @Test
    void codes_readAsTheWordsThePortalShows_andDepartmentCodesAsNames() {
        assertEquals("机构职能调整", in(Locale.SIMPLIFIED_CHINESE).of("REORGANISATION"));
        assertEquals("责任清单 晋城市应急管理局", in(Locale.SIMPLIFIED_CHINESE).of("RESPONSIBILITY JC-EMERGENCY"));
    }

    @Test
    void whatItDoesNotKnow_staysAsWritten() {
        assertEquals("12 items list-version:7 XYZ@department:99 NOT_A_CODE",
                in(Locale.ENGLISH).of("12 items list-version:7 XYZ@department:99 NOT_A_CODE"));
        assertEquals("", in(Locale.ENGLISH).of(null));
    }
}
