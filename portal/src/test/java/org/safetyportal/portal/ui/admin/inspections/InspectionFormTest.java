package org.safetyportal.portal.ui.admin.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.QINSHUI;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.inspection.InspectionFacts;
import org.safetyportal.content.inspection.InspectionKind;
import org.safetyportal.content.inspection.NewInspectionRecord;
import org.safetyportal.content.inspection.RectificationStatus;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.organization.SectorKind;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;

/** The fields of an inspection result, for a new record or a correction, without a browser. */
class InspectionFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Sector COAL = new Sector("COAL_MINE", SectorKind.WORK_SAFETY, new LocalizedName("煤矿", "Coal mines"),
            "ENERGY");

    private InspectionForm form;

    @BeforeEach
    void enter() {
        FormTesting.visitorIn(SupportedLocales.CHINESE);
        form = new InspectionForm(List.of(ZEZHOU, QINSHUI), List.of(COAL), TODAY);
    }

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void aNewResult_becomesTheRegistersValue_pendingRectificationUnlessSaidOtherwise() {
        fill();

        NewInspectionRecord record = form.newRecord(7);

        assertEquals("JCYJ-2026-T01", record.recordCode());
        assertEquals(InspectionKind.ENFORCEMENT, record.kind());
        assertEquals(7, record.departmentId());
        assertEquals("ZZ", record.areaCode());
        assertEquals("COAL_MINE", record.sectorCode());
        assertEquals(new BigDecimal("30000"), record.fineAmount());
        assertEquals(RectificationStatus.PENDING, record.rectificationStatus());
        assertEquals(LocalDate.of(2026, 11, 20), record.decisionDate());
        assertNull(record.publishedElsewhereOn(), "no claim of publication elsewhere unless one is given");
    }

    @Test
    void theFacts_areWhatACorrectionMayChange_withoutRecordNumberStatusOrPublication() {
        fill();

        InspectionFacts facts = form.facts();

        assertEquals("泽州县示例煤业有限公司", facts.enterpriseName());
        assertEquals("91140525MA0DEM001P", facts.creditCode());
        assertEquals("ZZ", facts.areaCode());
        assertEquals(LocalDate.of(2026, 12, 20), facts.rectificationDeadline());
        assertEquals("井下局部通风机未挂牌管理", facts.findings());
    }

    @Test
    void onlyPublishableStatusesAreOffered_andAPublicationElsewhereCannotBeInTheFuture() {
        @SuppressWarnings("unchecked")
        Select<RectificationStatus> status = byId(form, "ins-status", Select.class);
        List<RectificationStatus> offered = status.getListDataView().getItems().toList();

        assertFalse(offered.contains(RectificationStatus.OVERDUE), "overdue is worked out, never chosen");
        assertTrue(offered.contains(RectificationStatus.RECTIFIED));
        assertEquals(TODAY, byId(form, "ins-published-elsewhere", DatePicker.class).getMax());
        assertFalse(byId(form, "ins-reason", TextArea.class).isVisible(), "a reason is asked for corrections only");
    }

    @Test
    void clearingForTheNextResult_emptiesEveryField_andStartsPendingAgain() {
        fill();
        @SuppressWarnings("unchecked")
        Select<RectificationStatus> status = byId(form, "ins-status", Select.class);
        status.setValue(RectificationStatus.RECTIFIED);

        form.clearForNew(TODAY.plusDays(1));

        assertEquals("", byId(form, "ins-record-code", TextField.class).getValue());
        assertEquals("", byId(form, "ins-enterprise", TextField.class).getValue());
        assertNull(byId(form, "ins-fine", BigDecimalField.class).getValue());
        assertNull(byId(form, "ins-deadline", DatePicker.class).getValue());
        assertEquals(RectificationStatus.PENDING, status.getValue());
        assertEquals(TODAY.plusDays(1), byId(form, "ins-published-elsewhere", DatePicker.class).getMax(), "the new day");
        assertFalse(byId(form, "ins-record-code", TextField.class).isReadOnly());
    }

    @SuppressWarnings("unchecked")
    private void fill() {
        byId(form, "ins-record-code", TextField.class).setValue("JCYJ-2026-T01");
        byId(form, "ins-kind", Select.class).setValue(InspectionKind.ENFORCEMENT);
        byId(form, "ins-enterprise", TextField.class).setValue("泽州县示例煤业有限公司");
        byId(form, "ins-credit-code", TextField.class).setValue("91140525MA0DEM001P");
        byId(form, "ins-county", Select.class).setValue(ZEZHOU);
        byId(form, "ins-sector", Select.class).setValue(COAL);
        byId(form, "ins-inspection-date", DatePicker.class).setValue(LocalDate.of(2026, 11, 10));
        byId(form, "ins-findings", TextArea.class).setValue("井下局部通风机未挂牌管理");
        byId(form, "ins-violation-basis", TextArea.class).setValue("《煤矿安全规程》第一百六十四条");
        byId(form, "ins-measures", TextArea.class).setValue("责令限期改正");
        byId(form, "ins-decision-no", TextField.class).setValue("晋应急罚〔2026〕T01号");
        byId(form, "ins-fine", BigDecimalField.class).setValue(new BigDecimal("30000"));
        byId(form, "ins-deadline", DatePicker.class).setValue(LocalDate.of(2026, 12, 20));
        byId(form, "ins-decision-date", DatePicker.class).setValue(LocalDate.of(2026, 11, 20));
    }
}
