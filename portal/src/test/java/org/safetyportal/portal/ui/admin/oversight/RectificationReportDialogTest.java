package org.safetyportal.portal.ui.admin.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.oversight.NewRectificationReport;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;

/** The dialog the conducting department files a rectification report with, without a browser. */
class RectificationReportDialogTest {

    private final List<NewRectificationReport> saved = new ArrayList<>();

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void aFilledReport_isHandedOnForItsResult_andTheDialogCloses() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        RectificationReportDialog dialog = new RectificationReportDialog("JC-DC-2026-003", saved::add);
        dialog.open();
        byId(dialog, "report-date", DatePicker.class).setValue(LocalDate.of(2026, 10, 9));
        byId(dialog, "report-publication", DatePicker.class).setValue(LocalDate.of(2026, 10, 12));
        byId(dialog, "report-summary", TextArea.class).setValue("已补齐应急预案演练记录（示例）。");

        byId(dialog, "report-save", Button.class).click();

        assertEquals(List.of(new NewRectificationReport("JC-DC-2026-003", LocalDate.of(2026, 10, 9),
                "已补齐应急预案演练记录（示例）。", LocalDate.of(2026, 10, 12))), saved);
        assertFalse(dialog.isOpened());
    }

    @Test
    void withoutASummary_theRefusalShowsInTheDialog_inEitherLanguage() {
        assertEquals("Enter what was rectified.", refusalOfAnEmptySummaryIn(SupportedLocales.ENGLISH));
        assertEquals("请填写整改情况。", refusalOfAnEmptySummaryIn(SupportedLocales.CHINESE));
    }

    @Test
    void controlCharactersAndMarkup_areHandedOnAsText() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        RectificationReportDialog dialog = new RectificationReportDialog("JC-DC-2026-003", saved::add);
        dialog.open();
        String hostile = "整改\u0000完成\u001b[31m<img src=x onerror=alert(1)>";
        byId(dialog, "report-date", DatePicker.class).setValue(LocalDate.of(2026, 10, 9));
        byId(dialog, "report-summary", TextArea.class).setValue(hostile);

        byId(dialog, "report-save", Button.class).click();

        assertEquals(hostile, saved.get(0).summary());
        assertEquals(null, saved.get(0).publicationDate(), "an empty publication date is handed on empty");
    }

    @Test
    void cancel_closesWithoutSaving() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        RectificationReportDialog dialog = new RectificationReportDialog("JC-DC-2026-003", saved::add);
        dialog.open();

        byId(dialog, "report-cancel", Button.class).click();

        assertFalse(dialog.isOpened());
        assertEquals(List.of(), saved);
    }

    private String refusalOfAnEmptySummaryIn(Locale locale) {
        FormTesting.visitorIn(locale);
        RectificationReportDialog dialog = new RectificationReportDialog("JC-DC-2026-003", report -> {
            if (report.summary() == null || report.summary().isBlank()) {
                throw new ValidationException("oversight.report.summaryRequired");
            }
            saved.add(report);
        });
        dialog.open();
        byId(dialog, "report-date", DatePicker.class).setValue(LocalDate.of(2026, 10, 9));

        byId(dialog, "report-save", Button.class).click();

        assertTrue(dialog.isOpened());
        assertEquals(LocalDate.of(2026, 10, 9), byId(dialog, "report-date", DatePicker.class).getValue());
        assertEquals(List.of(), saved);
        Span error = byId(dialog, "report-error", Span.class);
        assertTrue(error.isVisible());
        return error.getText();
    }
}
