package org.safetyportal.portal.ui.admin.majorhazards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU_EMERGENCY;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.majorhazards.FiveImplementations;
import org.safetyportal.content.majorhazards.HazardEvent;
import org.safetyportal.content.majorhazards.HazardStatus;
import org.safetyportal.content.majorhazards.MajorHazard;
import org.safetyportal.content.majorhazards.SignerRole;
import org.safetyportal.content.majorhazards.StatusChange;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.organization.SectorKind;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;

/** The dialog the next step of a listed major hazard is recorded with, sign-off included; without a browser. */
class HazardStepDialogTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final int MAX_SIGNER = 100;

    private final List<StatusChange> saved = new ArrayList<>();

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOnlyNextStep_isChosen_dateToday_andTheSignOffIsNotAsked() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        HazardStepDialog dialog = open(hazard(List.of()), List.of(HazardStatus.RECTIFYING));

        assertEquals(HazardStatus.RECTIFYING, byId(dialog, "step-status", Select.class).getValue());
        assertEquals(TODAY, byId(dialog, "step-date", DatePicker.class).getValue());
        assertFalse(byId(dialog, "step-signedOffBy", TextField.class).isVisible());
        assertFalse(byId(dialog, "step-signedOffUnit", TextField.class).isVisible());
        byId(dialog, "step-note", TextArea.class).setValue("已制定整改方案并落实资金（示例）。");
        byId(dialog, "step-save", Button.class).click();

        assertEquals(List.of(StatusChange.progress(HazardStatus.RECTIFYING, TODAY, "已制定整改方案并落实资金（示例）。")), saved);
        assertFalse(dialog.isOpened());
    }

    @Test
    @SuppressWarnings("unchecked")
    void withSeveralPossibleSteps_noneIsChosenForTheUser() {
        FormTesting.visitorIn(SupportedLocales.CHINESE);
        HazardStepDialog dialog = open(hazard(List.of(step(HazardStatus.RECTIFYING))),
                List.of(HazardStatus.RECTIFYING, HazardStatus.RECTIFIED_PENDING_ACCEPTANCE));
        Select<HazardStatus> status = byId(dialog, "step-status", Select.class);

        assertEquals(List.of(HazardStatus.RECTIFYING, HazardStatus.RECTIFIED_PENDING_ACCEPTANCE),
                status.getListDataView().getItems().toList());
        assertEquals(null, status.getValue(), "with two possible steps none is chosen for the user");
    }

    @Test
    @SuppressWarnings("unchecked")
    void closing_asksForTheSignOff_andHandsItOn() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        HazardStepDialog dialog = open(hazard(List.of(step(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE))),
                List.of(HazardStatus.RECTIFYING, HazardStatus.CLOSED));
        byId(dialog, "step-status", Select.class).setValue(HazardStatus.CLOSED);
        TextField signer = byId(dialog, "step-signedOffBy", TextField.class);
        assertTrue(signer.isVisible());
        assertTrue(signer.isRequiredIndicatorVisible());
        signer.setValue("王示例");
        byId(dialog, "step-signedOffUnit", TextField.class).setValue("泽州县应急管理局（示例）");
        Select<SignerRole> role = byId(dialog, "step-signerRole", Select.class);
        assertTrue(role.isVisible() && role.isRequiredIndicatorVisible(), "the signer's role is asked for");
        role.setValue(SignerRole.DEPARTMENT_PRINCIPAL);
        byId(dialog, "step-note", TextArea.class).setValue("现场验收合格。");

        byId(dialog, "step-save", Button.class).click();

        assertEquals(List.of(new StatusChange(HazardStatus.CLOSED, TODAY, "现场验收合格。", "王示例", "泽州县应急管理局（示例）",
                SignerRole.DEPARTMENT_PRINCIPAL)), saved);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSignOffTypedBeforeChoosingAnotherStep_isNotHandedOn() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        HazardStepDialog dialog = open(hazard(List.of(step(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE))),
                List.of(HazardStatus.RECTIFYING, HazardStatus.CLOSED));
        Select<HazardStatus> status = byId(dialog, "step-status", Select.class);
        status.setValue(HazardStatus.CLOSED);
        byId(dialog, "step-signedOffBy", TextField.class).setValue("王示例");
        status.setValue(HazardStatus.RECTIFYING);
        byId(dialog, "step-note", TextArea.class).setValue("验收未通过，继续整改。");

        byId(dialog, "step-save", Button.class).click();

        assertEquals(null, saved.get(0).signedOffBy());
        assertEquals(null, saved.get(0).signedOffUnit());
    }

    @Test
    void closingWithoutASignOff_isRefusedInTheDialog_inEitherLanguage() {
        assertEquals("Closing needs the name of the signing official and their unit.",
                refusalOfAClosingWithoutSignOffIn(SupportedLocales.ENGLISH));
        assertEquals("验收销号须填写签字领导及其单位。", refusalOfAClosingWithoutSignOffIn(SupportedLocales.CHINESE));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOverlongSignerWithControlCharacters_isHandedOnAsTyped_andTheRefusalShown() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        String hostile = "王\u0000\u001f".repeat(MAX_SIGNER);
        HazardStepDialog dialog = new HazardStepDialog(hazard(List.of(step(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE))),
                List.of(HazardStatus.CLOSED), TODAY, change -> {
                    saved.add(change);
                    if (change.signedOffBy().length() > MAX_SIGNER) {
                        throw new ValidationException("hazards.text.tooLong", MAX_SIGNER);
                    }
                });
        dialog.open();
        byId(dialog, "step-signedOffBy", TextField.class).setValue(hostile);
        byId(dialog, "step-signedOffUnit", TextField.class).setValue("单位");
        byId(dialog, "step-note", TextArea.class).setValue("验收。");

        byId(dialog, "step-save", Button.class).click();

        assertEquals(hostile, saved.get(0).signedOffBy());
        assertEquals("Too long: at most 100 characters.", byId(dialog, "step-error", Span.class).getText());
        assertTrue(dialog.isOpened());
    }

    @SuppressWarnings("unchecked")
    private String refusalOfAClosingWithoutSignOffIn(Locale locale) {
        FormTesting.visitorIn(locale);
        HazardStepDialog dialog = new HazardStepDialog(hazard(List.of(step(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE))),
                List.of(HazardStatus.RECTIFYING, HazardStatus.CLOSED), TODAY, change -> {
                    if (change.status() == HazardStatus.CLOSED
                            && (change.signedOffBy().isBlank() || change.signedOffUnit().isBlank())) {
                        throw new ValidationException("hazards.signOff.required");
                    }
                    saved.add(change);
                });
        dialog.open();
        byId(dialog, "step-status", Select.class).setValue(HazardStatus.CLOSED);
        byId(dialog, "step-note", TextArea.class).setValue("现场验收合格。");

        byId(dialog, "step-save", Button.class).click();

        assertTrue(dialog.isOpened());
        assertEquals("现场验收合格。", byId(dialog, "step-note", TextArea.class).getValue());
        assertEquals(List.of(), saved);
        Span error = byId(dialog, "step-error", Span.class);
        assertTrue(error.isVisible());
        return error.getText();
    }

    private HazardStepDialog open(MajorHazard hazard, List<HazardStatus> steps) {
        HazardStepDialog dialog = new HazardStepDialog(hazard, steps, TODAY, saved::add);
        dialog.open();
        return dialog;
    }

    private static HazardEvent step(HazardStatus status) {
        return new HazardEvent(1, 1, status, LocalDate.of(2026, 10, 1), "整改中。", null, null, null, "mh.pub",
                Instant.parse("2026-10-01T02:00:00Z"), "hash");
    }

    private static MajorHazard hazard(List<HazardEvent> history) {
        return new MajorHazard(9, "ZZ-ZDYH-2026-009", ZEZHOU_EMERGENCY, "液化气储罐区可燃气体报警装置失效（示例）。",
                "泽州县示例液化气储运有限公司", "91140525MA0DEM021R", ZEZHOU,
                new Sector("HAZARDOUS_CHEMICALS", SectorKind.WORK_SAFETY, new LocalizedName("危险化学品", "Hazardous chemicals"),
                        "EMERGENCY"),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31),
                new FiveImplementations("更换报警装置", "企业主要负责人", "5 万元", "2026 年 12 月底", "应急预案"), "mh.pub",
                Instant.parse("2026-09-01T02:00:00Z"), "hash", history, false);
    }
}
