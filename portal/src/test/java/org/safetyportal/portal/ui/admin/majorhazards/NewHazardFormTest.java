package org.safetyportal.portal.ui.admin.majorhazards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.EMERGENCY;
import static org.safetyportal.portal.ui.FormTesting.QINSHUI;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.inspection.CreditCode;
import org.safetyportal.content.majorhazards.NewMajorHazard;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.organization.SectorKind;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;

/** The listing form of the major hazard register, without a browser: what it hands on, and how a refusal reads. */
class NewHazardFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Sector CHEMICALS = new Sector("HAZARDOUS_CHEMICALS", SectorKind.WORK_SAFETY,
            new LocalizedName("危险化学品", "Hazardous chemicals"), "EMERGENCY");
    private static final String BAD_CODE = "91140521MA0DEM0990X";
    private static final String GOOD_CODE = "91140521MA0DEM099" + CreditCode.checkCharacter("91140521MA0DEM099");

    private final List<NewMajorHazard> listed = new ArrayList<>();

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void aFilledForm_handsTheListingWithItsFiveImplementationsOn_andEmptiesForTheNextHazard() {
        FormTesting.visitorIn(SupportedLocales.CHINESE);
        NewHazardForm form = form(listed::add);
        fill(form, GOOD_CODE);

        submit(form);

        assertEquals(1, listed.size());
        NewMajorHazard hazard = listed.get(0);
        assertEquals("ZDYH-JCYJ-2026-T1", hazard.registerCode());
        assertEquals(EMERGENCY.id(), hazard.departmentId(), "the only department one may list for is chosen");
        assertEquals("QS", hazard.areaCode());
        assertEquals("HAZARDOUS_CHEMICALS", hazard.sectorCode());
        assertEquals(TODAY, hazard.listingDate(), "listed today unless the publisher says otherwise");
        assertEquals(TODAY.plusDays(60), hazard.deadline());
        assertEquals("企业自筹资金 88 万元", hazard.fiveImplementations().funds());
        assertEquals("液氯泄漏现场处置方案", hazard.fiveImplementations().contingencyPlan());
        assertEquals("", byId(form, "hazard-registerCode", TextField.class).getValue(), "ready for the next hazard");
        assertNull(byId(form, "hazard-deadline", DatePicker.class).getValue());
        assertFalse(byId(form, "hazard-form-error", Span.class).isVisible());
    }

    @Test
    void aRefusedCreditCode_readsInTheVisitorsLanguage_onTheFieldAndUnderTheForm_andNothingTypedIsLost() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        NewHazardForm form = form(hazard -> {
            if (!CreditCode.isValid(hazard.creditCode())) {
                throw new ValidationException("hazards.creditCode.invalid", hazard.creditCode());
            }
            listed.add(hazard);
        });
        fill(form, BAD_CODE);

        submit(form);

        String expected = "The unified social credit code " + BAD_CODE
                + " is not valid: it has 18 characters and a correct check character.";
        Span error = byId(form, "hazard-form-error", Span.class);
        assertTrue(error.isVisible());
        assertEquals(expected, error.getText());
        TextField creditCode = byId(form, "hazard-creditCode", TextField.class);
        assertTrue(creditCode.isInvalid(), "the field concerned is marked");
        assertEquals(expected, creditCode.getErrorMessage());
        assertFalse(byId(form, "hazard-registerCode", TextField.class).isInvalid(), "only that field");
        assertEquals("ZDYH-JCYJ-2026-T1", byId(form, "hazard-registerCode", TextField.class).getValue());
        assertEquals(List.of(), listed);

        creditCode.setValue(GOOD_CODE);
        submit(form);
        assertEquals(1, listed.size());
        assertFalse(error.isVisible(), "the refusal goes once the code is right");
    }

    @Test
    void inChinese_theSameRefusalIsChinese() {
        FormTesting.visitorIn(SupportedLocales.CHINESE);
        NewHazardForm form = form(hazard -> {
            throw new ValidationException("hazards.creditCode.invalid", hazard.creditCode());
        });
        fill(form, BAD_CODE);

        submit(form);

        String text = byId(form, "hazard-form-error", Span.class).getText();
        assertEquals(Messages.get(SupportedLocales.CHINESE, "hazards.creditCode.invalid", BAD_CODE), text);
        assertTrue(text.contains(BAD_CODE) && text.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), text);
    }

    private static NewHazardForm form(java.util.function.Consumer<NewMajorHazard> onSubmit) {
        return new NewHazardForm(List.of(EMERGENCY), List.<Area>of(ZEZHOU, QINSHUI), List.of(CHEMICALS), TODAY, onSubmit);
    }

    @SuppressWarnings("unchecked")
    private static void fill(NewHazardForm form, String creditCode) {
        byId(form, "hazard-registerCode", TextField.class).setValue("ZDYH-JCYJ-2026-T1");
        byId(form, "hazard-description", TextArea.class).setValue("液氯储罐区紧急切断装置失效，存在泄漏重大事故隐患。");
        byId(form, "hazard-enterprise", TextField.class).setValue("沁水县示例储运有限公司");
        byId(form, "hazard-creditCode", TextField.class).setValue(creditCode);
        byId(form, "hazard-county", Select.class).setValue(QINSHUI);
        byId(form, "hazard-sector", ComboBox.class).setValue(CHEMICALS);
        byId(form, "hazard-deadline", DatePicker.class).setValue(TODAY.plusDays(60));
        byId(form, "hazard-measures", TextArea.class).setValue("更换紧急切断阀并接入联锁");
        byId(form, "hazard-responsibility", TextArea.class).setValue("企业主要负责人");
        byId(form, "hazard-funds", TextArea.class).setValue("企业自筹资金 88 万元");
        byId(form, "hazard-timeLimit", TextArea.class).setValue("60日内");
        byId(form, "hazard-contingencyPlan", TextArea.class).setValue("液氯泄漏现场处置方案");
    }

    private static void submit(NewHazardForm form) {
        byId(form, "hazard-submit", Button.class).click();
    }
}
