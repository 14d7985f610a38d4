package org.safetyportal.content.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;

/** Every key of the two lists built from data at run time (sources, statuses, measures, ledger events, audit actions) is translated. */
class RectificationTranslationsTest {

    @Test
    void everyKeyBuiltFromDataExistsInBothLanguages() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (ProblemSource source : ProblemSource.values()) {
            keys.add("rectification.source." + source.name());
        }
        for (ProblemStatus status : ProblemStatus.values()) {
            keys.add("rectification.status." + status.name());
        }
        for (AccountabilityMeasure measure : AccountabilityMeasure.values()) {
            keys.add("accountability.measure." + measure.name());
        }
        keys.add("search.kind." + ProblemSearchContent.KIND.name());
        keys.add("search.kind." + AccountabilitySearchContent.KIND.name());
        keys.add("ledger.event." + ProblemRegister.LEDGER_RECORDED);
        keys.add("ledger.event." + ProblemRegister.LEDGER_COMPLETED);
        keys.add("ledger.event." + AccountabilityRegister.LEDGER_RECORDED);
        for (var field : RectificationAuditActions.class.getFields()) {
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
