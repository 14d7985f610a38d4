package org.safetyportal.portal.ui.admin.blacklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.safetyportal.portal.ui.FormTesting.EMERGENCY;
import static org.safetyportal.portal.ui.FormTesting.QINSHUI;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU_EMERGENCY;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.blacklist.NewBlacklistEntry;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.organization.SectorKind;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;

/** The form a publisher lists an enterprise on the blacklist with, without a browser. */
class BlacklistEntryFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Sector CHEMICALS = new Sector("HAZARDOUS_CHEMICALS", SectorKind.WORK_SAFETY,
            new LocalizedName("危险化学品", "Hazardous chemicals"), "EMERGENCY");

    @BeforeEach
    void enter() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
    }

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void aFilledForm_becomesTheListing_listedTodayUnlessSaidOtherwise() {
        BlacklistEntryForm form = new BlacklistEntryForm(List.of(ZEZHOU_EMERGENCY), List.of(ZEZHOU, QINSHUI),
                List.of(CHEMICALS), TODAY);
        fill(form);

        NewBlacklistEntry entry = form.value();

        assertEquals(ZEZHOU_EMERGENCY.id(), entry.departmentId(), "the only listing authority is chosen");
        assertEquals("ZZ", entry.areaCode());
        assertEquals("HAZARDOUS_CHEMICALS", entry.sectorCode());
        assertEquals("泽州县示例液化气储运有限公司", entry.enterpriseName());
        assertEquals("91140525MA0DEM021R", entry.creditCode());
        assertEquals("泽应急罚〔2026〕77号", entry.decisionNo());
        assertEquals(TODAY, entry.listingDate());
        assertEquals("0356-0000199", entry.objectionPhone());
        assertEquals("向列入部门书面提出异议申诉。", entry.objectionChannel());
    }

    @Test
    void withSeveralAuthoritiesAndNoneChosen_theFormAsksForIt_inTheVisitorsLanguage() {
        BlacklistEntryForm form = new BlacklistEntryForm(List.of(EMERGENCY, ZEZHOU_EMERGENCY), List.of(ZEZHOU),
                List.of(CHEMICALS), TODAY);
        fill(form);

        ValidationException refused = assertThrows(ValidationException.class, form::value);

        assertEquals("admin.blacklist.chooseDepartment", refused.messageKey());
        assertEquals("Choose the listing authority, the county and the sector.",
                Messages.describe(SupportedLocales.ENGLISH, refused));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutACounty_theFormAsksForIt() {
        BlacklistEntryForm form = new BlacklistEntryForm(List.of(ZEZHOU_EMERGENCY), List.of(ZEZHOU),
                List.of(CHEMICALS), TODAY);
        fill(form);
        byId(form, "bl-county", Select.class).clear();

        assertEquals("admin.blacklist.chooseDepartment", assertThrows(ValidationException.class, form::value).messageKey());
    }

    @Test
    void afterAListing_theEnterpriseIsCleared_butTheDecisionsBasisAndObjectionRouteStay() {
        BlacklistEntryForm form = new BlacklistEntryForm(List.of(ZEZHOU_EMERGENCY), List.of(ZEZHOU),
                List.of(CHEMICALS), TODAY);
        fill(form);

        form.clearEntity();

        assertEquals("", byId(form, "bl-enterprise", TextField.class).getValue());
        assertEquals("", byId(form, "bl-credit-code", TextField.class).getValue());
        assertEquals("", byId(form, "bl-person", TextField.class).getValue());
        assertEquals("", byId(form, "bl-decision", TextField.class).getValue());
        assertEquals("《中华人民共和国安全生产法》第六十五条", byId(form, "bl-basis", TextArea.class).getValue());
        assertEquals("0356-0000199", byId(form, "bl-objection-phone", TextField.class).getValue());
        assertEquals(TODAY, byId(form, "bl-listing-date", DatePicker.class).getValue());
        assertEquals(ZEZHOU_EMERGENCY, byId(form, "bl-department", ComboBox.class).getValue());
    }

    @Test
    void anEmptyObjectionPhone_isHandedOnEmpty_forTheRegisterToJudge() {
        BlacklistEntryForm form = new BlacklistEntryForm(List.of(ZEZHOU_EMERGENCY), List.of(ZEZHOU),
                List.of(CHEMICALS), TODAY);
        fill(form);
        byId(form, "bl-objection-phone", TextField.class).clear();
        byId(form, "bl-listing-date", DatePicker.class).clear();

        NewBlacklistEntry entry = form.value();

        assertEquals("", entry.objectionPhone());
        assertNull(entry.listingDate());
    }

    @SuppressWarnings("unchecked")
    private static void fill(BlacklistEntryForm form) {
        byId(form, "bl-enterprise", TextField.class).setValue("泽州县示例液化气储运有限公司");
        byId(form, "bl-credit-code", TextField.class).setValue("91140525MA0DEM021R");
        byId(form, "bl-person", TextField.class).setValue("张示例");
        byId(form, "bl-county", Select.class).setValue(ZEZHOU);
        byId(form, "bl-sector", Select.class).setValue(CHEMICALS);
        byId(form, "bl-conduct", TextArea.class).setValue("拒不执行停产整改指令，擅自恢复充装作业。");
        byId(form, "bl-basis", TextArea.class).setValue("《中华人民共和国安全生产法》第六十五条");
        byId(form, "bl-decision", TextField.class).setValue("泽应急罚〔2026〕77号");
        byId(form, "bl-objection-contact", TextField.class).setValue("泽州县应急管理局法规股（示例）");
        byId(form, "bl-objection-phone", TextField.class).setValue("0356-0000199");
        byId(form, "bl-objection-channel", TextArea.class).setValue("向列入部门书面提出异议申诉。");
    }
}
