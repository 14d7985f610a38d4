package org.safetyportal.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.reporting.routing.RoutingRule;

/** The case statuses, actions and outcomes are data in reporting's migration; each needs its words in both languages. */
class CaseTextTest {

    private static final Path MIGRATION = Path.of(
            "../reporting/src/main/resources/db/migration/reporting/V2026_12_02_20__create_hazard_reports.sql");
    private static final Pattern STATUS = Pattern.compile("\\('([A-Z_]+)', '(OPEN|CLOSED)', \\d+\\)");
    private static final Pattern TRANSITION = Pattern.compile("\\('([A-Z_]+)', '[A-Z_]+', '[A-Z_]+', '(HANDLER|COMMITTEE)'");
    private static final Pattern OUTCOME = Pattern.compile("\\('[A-Z_]+', '(?!OPEN'|CLOSED')([A-Z_]+)', \\d+\\)");

    @Test
    void everyStatusActionOutcomeAndRoutingRule_hasItsWordsInBothLanguages() throws IOException {
        String sql = Files.readString(MIGRATION);
        TreeSet<String> keys = new TreeSet<>();
        collect(STATUS.matcher(sql), "case.status.", keys);
        Matcher actions = TRANSITION.matcher(sql);
        while (actions.find()) {
            keys.add("case.action." + actions.group(1));
            keys.add("audit.action.cases." + actions.group(1));
        }
        collect(OUTCOME.matcher(sql), "case.outcome.", keys);
        for (RoutingRule rule : RoutingRule.values()) {
            keys.add("report.why." + rule.name());
            keys.add("cases.rule." + rule.name());
        }
        keys.add("case.action.SUBMIT");
        keys.add("case.action.NOTE");
        assertTrue(keys.size() > 40, keys.toString());
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

    private static void collect(Matcher matcher, String prefix, TreeSet<String> keys) {
        while (matcher.find()) {
            keys.add(prefix + matcher.group(1));
        }
    }
}
