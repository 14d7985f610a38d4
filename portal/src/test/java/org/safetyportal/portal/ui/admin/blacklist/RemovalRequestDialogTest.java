package org.safetyportal.portal.ui.admin.blacklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU_EMERGENCY;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.blacklist.BlacklistEntry;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.organization.SectorKind;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;

/** The dialog a publisher asks for an early removal from the blacklist with, without a browser. */
class RemovalRequestDialogTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final BlacklistEntry ENTRY = new BlacklistEntry(5, ZEZHOU_EMERGENCY, "泽州县示例液化气储运有限公司",
            "91140525MA0DEM021R", "张示例", ZEZHOU, new Sector("HAZARDOUS_CHEMICALS", SectorKind.WORK_SAFETY,
                    new LocalizedName("危险化学品", "Hazardous chemicals"), "EMERGENCY"),
            "拒不执行停产整改指令。", "《中华人民共和国安全生产法》第六十五条", "泽应急罚〔2026〕77号",
            LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1), "法规股（示例）", "0356-0000199", "书面提出。",
            "bl.pub", Instant.parse("2026-03-01T02:00:00Z"), "hash", null);

    /** What the register says of a request, as BlacklistRules#checkRemoval says it. */
    private static final int MAX_TEXT = 4000;

    private final List<String> sent = new ArrayList<>();

    @BeforeEach
    void enter() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
    }

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void theReasonAndDate_areHandedOn_andTheDialogCloses_dateTodayUnlessChanged() {
        RemovalRequestDialog dialog = new RemovalRequestDialog(ENTRY, TODAY, (reason, date) -> sent.add(reason + "|" + date));
        dialog.open();
        assertEquals(TODAY, byId(dialog, "removal-date", DatePicker.class).getValue());
        byId(dialog, "removal-reason", TextArea.class).setValue("已完成整改并通过复查（示例）。");

        byId(dialog, "removal-send", Button.class).click();

        assertEquals(List.of("已完成整改并通过复查（示例）。|2026-11-28"), sent);
        assertFalse(dialog.isOpened());
    }

    @Test
    void aRefusedRequest_leavesTheDialogOpen_withWhatWasTyped_andTheRefusalIsTranslated() {
        RemovalRequestDialog dialog = new RemovalRequestDialog(ENTRY, TODAY, (reason, date) -> {
            if (date == null) {
                throw new ValidationException("blacklist.removal.date");
            }
            sent.add(reason);
        });
        dialog.open();
        byId(dialog, "removal-reason", TextArea.class).setValue("已整改。");
        byId(dialog, "removal-date", DatePicker.class).clear();

        ValidationException refused = assertThrows(ValidationException.class,
                () -> byId(dialog, "removal-send", Button.class).click());

        assertEquals("Enter the date of the early removal.", Messages.describe(SupportedLocales.ENGLISH, refused));
        assertEquals("请填写提前移出日期。", Messages.describe(SupportedLocales.CHINESE, refused));
        assertTrue(dialog.isOpened());
        assertEquals("已整改。", byId(dialog, "removal-reason", TextArea.class).getValue());
        assertEquals(List.of(), sent);
    }

    @Test
    void hostileText_isHandedOnAsTyped_forTheRegisterToRefuse() {
        String overlong = "理".repeat(MAX_TEXT + 1) + "\u0000\u0007<script>";
        RemovalRequestDialog dialog = new RemovalRequestDialog(ENTRY, TODAY, (reason, date) -> {
            sent.add(reason);
            if (reason.length() > MAX_TEXT) {
                throw new ValidationException("blacklist.removal.reason", MAX_TEXT);
            }
        });
        dialog.open();
        byId(dialog, "removal-reason", TextArea.class).setValue(overlong);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> byId(dialog, "removal-send", Button.class).click());

        assertEquals(List.of(overlong), sent, "the text reaches the register unchanged, control characters included");
        assertEquals("Enter the reason for credit repair (at most 4000 characters).",
                Messages.describe(SupportedLocales.ENGLISH, refused));
        assertTrue(dialog.isOpened());
    }

    @Test
    void cancel_closesWithoutSending() {
        RemovalRequestDialog dialog = new RemovalRequestDialog(ENTRY, TODAY, (reason, date) -> sent.add(reason));
        dialog.open();
        byId(dialog, "removal-reason", TextArea.class).setValue("已整改。");

        byId(dialog, "removal-cancel", Button.class).click();

        assertFalse(dialog.isOpened());
        assertEquals(List.of(), sent);
    }
}
