package org.safetyportal.portal.ui.admin.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.EMERGENCY;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU_EMERGENCY;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.ValidationException;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;
import org.safetyportal.reporting.cases.CaseCommand;
import org.safetyportal.reporting.cases.CaseTransition;
import org.safetyportal.reporting.cases.CaseTransition.ActorKind;
import org.safetyportal.reporting.cases.CaseWork;

/**
 * The dialogs a case handler takes an action with, each asking for what its row of the transition
 * table needs; without a browser. Refusals are what CaseWork says, with its own message keys.
 */
class CaseActionDialogTest {

    private static final CaseTransition NOT_ACCEPT = new CaseTransition("NOT_ACCEPT", "SUBMITTED", "NOT_ACCEPTED",
            ActorKind.HANDLER, true, false, true, false);
    private static final CaseTransition TRANSFER = new CaseTransition("TRANSFER", "SUBMITTED", "SUBMITTED",
            ActorKind.HANDLER, true, false, false, false);
    private static final CaseTransition ORDER_RECTIFICATION = new CaseTransition("ORDER_RECTIFICATION", "INVESTIGATING",
            "RECTIFYING", ActorKind.HANDLER, false, true, false, false);
    private static final CaseTransition ACCEPT = new CaseTransition("ACCEPT", "SUBMITTED", "ACCEPTED",
            ActorKind.HANDLER, false, false, false, false);
    private static final List<String> NOT_ACCEPTED_OUTCOMES = List.of("DUPLICATE", "NOT_SAFETY_HAZARD", "OUTSIDE_JURISDICTION");

    private final List<CaseCommand> done = new ArrayList<>();

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void onlyTheFieldsTheActionNeeds_areAsked() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        CaseActionDialog accept = dialog(ACCEPT, done::add);
        byId(accept, "case-public-note", TextArea.class);
        byId(accept, "case-internal-note", TextArea.class);
        assertThrows(AssertionError.class, () -> byId(accept, "case-deadline", DatePicker.class));
        assertThrows(AssertionError.class, () -> byId(accept, "case-outcome", Select.class));
        assertThrows(AssertionError.class, () -> byId(accept, "case-department", ComboBox.class));

        CaseActionDialog notAccept = dialog(NOT_ACCEPT, done::add);
        assertEquals(NOT_ACCEPTED_OUTCOMES, byId(notAccept, "case-outcome", Select.class).getListDataView().getItems().toList());
        assertThrows(AssertionError.class, () -> byId(notAccept, "case-deadline", DatePicker.class));
        byId(dialog(ORDER_RECTIFICATION, done::add), "case-deadline", DatePicker.class);
        assertEquals(List.of(EMERGENCY, ZEZHOU_EMERGENCY), byId(dialog(TRANSFER, done::add), "case-department",
                ComboBox.class).getListDataView().getItems().toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNotAcceptance_handsOnItsOutcomeReasonAndInternalNote_andCloses() {
        FormTesting.visitorIn(SupportedLocales.CHINESE);
        CaseActionDialog dialog = dialog(NOT_ACCEPT, done::add);
        Select<String> outcome = byId(dialog, "case-outcome", Select.class);
        outcome.setValue("DUPLICATE");
        byId(dialog, "case-public-note", TextArea.class).setValue("同一隐患已于 11 月 20 日受理（示例）。");
        byId(dialog, "case-internal-note", TextArea.class).setValue("并入 2026-0042。");

        byId(dialog, "case-confirm", Button.class).click();

        assertEquals(List.of(new CaseCommand("NOT_ACCEPT", "DUPLICATE", null, "同一隐患已于 11 月 20 日受理（示例）。",
                "并入 2026-0042。", null)), done);
        assertFalse(dialog.isOpened());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTransfer_namesTheChosenDepartmentByCode() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        CaseActionDialog dialog = dialog(TRANSFER, done::add);
        ComboBox<org.safetyportal.content.organization.Department> department = byId(dialog, "case-department", ComboBox.class);
        assertEquals("Zezhou County Emergency Management Bureau", department.getItemLabelGenerator().apply(ZEZHOU_EMERGENCY));
        department.setValue(ZEZHOU_EMERGENCY);
        byId(dialog, "case-public-note", TextArea.class).setValue("属泽州县管辖。");

        byId(dialog, "case-confirm", Button.class).click();

        assertEquals("ZZ-EMERGENCY", done.get(0).departmentCode());
        assertEquals("属泽州县管辖。", done.get(0).publicNote());
    }

    @Test
    void anOrderedRectification_handsOnItsDeadline() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        CaseActionDialog dialog = dialog(ORDER_RECTIFICATION, done::add);
        byId(dialog, "case-deadline", DatePicker.class).setValue(LocalDate.of(2026, 12, 15));

        byId(dialog, "case-confirm", Button.class).click();

        assertEquals(LocalDate.of(2026, 12, 15), done.get(0).deadline());
        assertEquals("ORDER_RECTIFICATION", done.get(0).action());
    }

    @Test
    void withoutAReason_theRefusalShowsInTheDialog_inEitherLanguage_andWhatWasChosenStays() {
        assertEquals("Please give the reason; the reporter and the public will read it.",
                refusalOfAMissingReasonIn(SupportedLocales.ENGLISH));
        assertEquals("请填写理由，举报人和公众将看到该理由。", refusalOfAMissingReasonIn(SupportedLocales.CHINESE));
    }

    @Test
    void withoutADepartment_aTransferIsRefusedInWords() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        CaseActionDialog dialog = dialog(TRANSFER, command -> {
            if (command.departmentCode() == null) {
                throw new ValidationException("cases.department.required");
            }
            done.add(command);
        });
        byId(dialog, "case-public-note", TextArea.class).setValue("不属本部门职责。");

        byId(dialog, "case-confirm", Button.class).click();

        assertEquals("Please choose the department that is to handle the case.",
                byId(dialog, "case-action-error", Paragraph.class).getText());
        assertTrue(dialog.isOpened());
        assertEquals(List.of(), done);
    }

    @Test
    void anOverlongNoteWithControlCharacters_reachesTheService_whoseRefusalIsShown() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        String overlong = "\u0000\u0008说明".repeat(CaseWork.MAX_NOTE);
        List<String> received = new ArrayList<>();
        CaseActionDialog dialog = dialog(ACCEPT, command -> {
            received.add(command.internalNote());
            if (command.internalNote().strip().length() > CaseWork.MAX_NOTE) {
                throw new ValidationException("cases.note.tooLong", CaseWork.MAX_NOTE);
            }
        });
        byId(dialog, "case-internal-note", TextArea.class).setValue(overlong);

        byId(dialog, "case-confirm", Button.class).click();

        assertEquals(List.of(overlong), received, "the dialog hands the text on as typed");
        assertEquals("A note may be at most 2000 characters.", byId(dialog, "case-action-error", Paragraph.class).getText());
        assertTrue(dialog.isOpened());
    }

    @Test
    void cancel_closesWithoutActing() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        CaseActionDialog dialog = dialog(ACCEPT, done::add);

        byId(dialog, "case-cancel", Button.class).click();

        assertFalse(dialog.isOpened());
        assertEquals(List.of(), done);
    }

    @SuppressWarnings("unchecked")
    private String refusalOfAMissingReasonIn(Locale locale) {
        FormTesting.visitorIn(locale);
        CaseActionDialog dialog = dialog(NOT_ACCEPT, command -> {
            if (command.publicNote() == null || command.publicNote().isBlank()) {
                throw new ValidationException("cases.reason.required");
            }
            done.add(command);
        });
        byId(dialog, "case-outcome", Select.class).setValue("NOT_SAFETY_HAZARD");

        byId(dialog, "case-confirm", Button.class).click();

        assertTrue(dialog.isOpened());
        assertEquals("NOT_SAFETY_HAZARD", byId(dialog, "case-outcome", Select.class).getValue());
        assertEquals(List.of(), done);
        Paragraph error = byId(dialog, "case-action-error", Paragraph.class);
        assertTrue(error.isVisible());
        return error.getText();
    }

    private static CaseActionDialog dialog(CaseTransition transition, Consumer<CaseCommand> action) {
        CaseActionDialog dialog = new CaseActionDialog(transition, NOT_ACCEPTED_OUTCOMES, List.of(EMERGENCY, ZEZHOU_EMERGENCY),
                action);
        dialog.open();
        return dialog;
    }
}
