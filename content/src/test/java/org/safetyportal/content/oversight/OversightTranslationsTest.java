package org.safetyportal.content.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;

/** Every oversight key built from data at run time (kinds, grades, states, ledger events, audit actions) is translated. */
class OversightTranslationsTest {

    @Test
    void everyKeyBuiltFromDataExistsInBothLanguages() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (OversightKind kind : OversightKind.values()) {
            keys.add("oversight.kind." + kind.name());
        }
        for (AssessmentGrade grade : AssessmentGrade.values()) {
            keys.add("oversight.grade." + grade.name());
        }
        for (RectificationState state : RectificationState.values()) {
            keys.add("oversight.rectification." + state.name());
        }
        keys.add("ledger.event." + OversightRegister.LEDGER_EVENT);
        keys.add("ledger.event." + OversightRegister.REPORT_LEDGER_EVENT);
        for (var field : OversightAuditActions.class.getFields()) {
            keys.add("audit.action." + field.get(null));
        }
        TreeSet<String> missing = new TreeSet<>();
        for (String key : keys) {
            for (var locale : SupportedLocales.all()) {
                if (!Messages.has(locale, key)) {
                    missing.add(key + " (" + locale + ")");
                }
            }
        }
        assertEquals(new TreeSet<String>(), missing);
    }
}
