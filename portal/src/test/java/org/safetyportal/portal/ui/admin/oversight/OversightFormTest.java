package org.safetyportal.portal.ui.admin.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.oversight.AssessmentGrade;
import org.safetyportal.content.oversight.InspectedParty;
import org.safetyportal.content.oversight.NewOversightResult;
import org.safetyportal.content.oversight.OversightKind;

/** The publisher's form turns what was entered into the service's value, without a server. */
class OversightFormTest {

    private static final Area CITY = new Area(1, "JC", AreaKind.CITY, new LocalizedName("晋城市", "Jincheng City"));
    private static final Area YANGCHENG = new Area(5, "YC", AreaKind.COUNTY, new LocalizedName("阳城县", "Yangcheng County"));
    private static final Department COMMITTEE = new Department(1, "JC-SAFETY_COMMITTEE", "SAFETY_COMMITTEE", CITY,
            new LocalizedName("晋城市安全生产委员会办公室", "Jincheng City Work Safety Committee Office"));
    private static final Department YANGCHENG_GOVERNMENT = new Department(30, "YC-GOVERNMENT", Department.GOVERNMENT,
            YANGCHENG, new LocalizedName("阳城县人民政府", "Yangcheng County People's Government"));
    private static final Department HOUSING = new Department(6, "JC-HOUSING", "HOUSING", CITY,
            new LocalizedName("晋城市住房和城乡建设局", "Jincheng City Housing and Urban-Rural Development Bureau"));

    private final List<NewOversightResult> published = new ArrayList<>();
    private final OversightForm form = new OversightForm(List.of(COMMITTEE),
            List.of(InspectedParty.government(YANGCHENG_GOVERNMENT), InspectedParty.department(HOUSING)), published::add);

    @Test
    void anAssessmentOfACountyGovernment_becomesTheServicesValue() {
        form.kind.setValue(OversightKind.ASSESSMENT);
        form.code.setValue("JCAW-KH-2026-01");
        form.party.setValue(InspectedParty.government(YANGCHENG_GOVERNMENT));
        form.year.setValue(2026);
        form.periodStart.setValue(LocalDate.of(2026, 11, 2));
        form.periodEnd.setValue(LocalDate.of(2026, 11, 6));
        form.findings.setValue("（示例）发现的问题");
        form.grade.setValue(AssessmentGrade.GOOD);
        form.score.setValue(new BigDecimal("88.5"));
        form.decisionDate.setValue(LocalDate.of(2026, 11, 13));
        form.publishedElsewhereOn.setValue(LocalDate.of(2026, 11, 20));

        NewOversightResult value = form.value();

        assertEquals(COMMITTEE.id(), value.conductingDepartmentId(), "the only department one may publish for is chosen");
        assertEquals("YC", value.inspectedAreaCode());
        assertNull(value.inspectedDepartmentId());
        assertEquals(AssessmentGrade.GOOD, value.grade());
        assertEquals(new BigDecimal("88.5"), value.score());
        assertEquals(2026, value.year());
        assertEquals(LocalDate.of(2026, 11, 13), value.decisionDate());
        assertEquals(LocalDate.of(2026, 11, 20), value.publishedElsewhereOn(), "a claim of publication elsewhere, not the day of publication");
    }

    @Test
    void aSupervisionOfADepartment_dropsAGradeLeftFromAnEarlierChoice() {
        form.kind.setValue(OversightKind.ASSESSMENT);
        form.grade.setValue(AssessmentGrade.PASS);
        form.score.setValue(new BigDecimal("70"));
        form.kind.setValue(OversightKind.SUPERVISION);
        form.party.setValue(InspectedParty.department(HOUSING));

        NewOversightResult value = form.value();

        assertEquals(OversightKind.SUPERVISION, value.kind());
        assertNull(value.inspectedAreaCode());
        assertEquals(HOUSING.id(), value.inspectedDepartmentId());
        assertNull(value.grade());
        assertNull(value.score());
    }

    @Test
    void withoutAConductingDepartment_theFormSaysSo() {
        form.conductor.clear();
        assertEquals("oversight.conductor.required", assertThrows(ValidationException.class, form::value).messageKey());
        assertEquals(List.of(), published);
    }
}
