package org.safetyportal.content.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.blacklist.BlacklistExports;
import org.safetyportal.content.completeness.CompletenessExports;
import org.safetyportal.content.inspection.InspectionExports;
import org.safetyportal.content.majorhazards.MajorHazardExports;
import org.safetyportal.content.oversight.OversightExports;
import org.safetyportal.content.rectification.AccountabilityExports;
import org.safetyportal.content.rectification.ProblemExports;
import org.safetyportal.i18n.SupportedLocales;

class HeadingsTest {

    /** Every field a CSV or workbook heads a column or an about row with, in every register and list export. */
    private static Set<String> everyField() {
        Set<String> names = new TreeSet<>(List.of("filter", "generatedAt", "asOf", "total", "itemCount"));
        Stream.of(InspectionExports.FIELDS, MajorHazardExports.FIELDS, BlacklistExports.FIELDS, OversightExports.FIELDS,
                        CompletenessExports.FIELDS, ProblemExports.FIELDS, AccountabilityExports.FIELDS,
                        DataDictionary.itemFields(), DataDictionary.versionFields(), DataDictionary.itemSetFields(),
                        DataDictionary.itemSetDerivedFields())
                .flatMap(List::stream).map(DataDictionary.Field::name).forEach(names::add);
        return names;
    }

    @Test
    void everyExportedField_hasAHeadingInChineseAndInEnglish_followedByItsFieldName() {
        Headings chinese = Headings.in(SupportedLocales.CHINESE);
        Headings english = Headings.in(SupportedLocales.ENGLISH);
        for (String field : everyField()) {
            assertFalse(chinese.name(field).startsWith("!"), "no Chinese heading for " + field);
            assertFalse(english.name(field).startsWith("!"), "no English heading for " + field);
            assertNotEquals(chinese.name(field), english.name(field), field);
            assertEquals(field, HeadingRow.fieldName(chinese.of(field)));
            assertEquals(field, HeadingRow.fieldName(english.of(field)));
        }
        assertEquals("记录编号 (recordCode)", chinese.of("recordCode"));
        assertEquals("Record number (recordCode)", english.of("recordCode"));
    }

    @Test
    void noRegisterExportsAStaffMembersAccount_onlyTheRoleThatActed() {
        for (String field : everyField()) {
            assertFalse(field.endsWith("By") && !Set.of("decidedBy", "signedOffBy").contains(field),
                    field + " would name a person; registers name the role (…ByRole)");
        }
    }
}
