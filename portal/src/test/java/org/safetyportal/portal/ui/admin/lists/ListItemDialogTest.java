package org.safetyportal.portal.ui.admin.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.PowerType;
import org.safetyportal.content.lists.TaskStatus;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.organization.SectorKind;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.i18n.Translatable;
import org.safetyportal.portal.ui.FormTesting;

/**
 * The dialog one item of a list is edited with, for each of the three list types; without a browser.
 * Only the fields of the list's type are asked and handed on; the refusal is the one the list rules
 * give for a missing field, with its row and the field's name.
 */
class ListItemDialogTest {

    private static final Sector CHEMICALS = new Sector("HAZARDOUS_CHEMICALS", SectorKind.WORK_SAFETY,
            new LocalizedName("危险化学品", "Hazardous chemicals"), "EMERGENCY");
    private static final Sector MINES = new Sector("NON_COAL_MINES", SectorKind.WORK_SAFETY,
            new LocalizedName("非煤矿山", "Non-coal mines"), "EMERGENCY");
    private static final List<Sector> SECTORS = List.of(CHEMICALS, MINES);

    private final List<ListItem> saved = new ArrayList<>();

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPowerItem_asksForItsOwnFields_andHandsThemOnStripped() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        ListItemDialog dialog = open(ListType.POWER, null, saved::add);
        assertAbsent(dialog, "item-sectors", "item-measures", "item-deadline", "item-taskStatus", "item-progress");
        Select<PowerType> powerType = byId(dialog, "item-powerType", Select.class);
        fillCommon(dialog);
        powerType.setValue(PowerType.PENALTY);
        byId(dialog, "item-legalBasis", TextArea.class).setValue("《中华人民共和国安全生产法》第九十九条");
        byId(dialog, "item-stages", TextArea.class).setValue("  立案、调查、决定  ");
        byId(dialog, "item-accountability", TextArea.class).setValue("未依法履行职责的");
        byId(dialog, "item-supervisionPhone", TextField.class).setValue("   ");

        byId(dialog, "item-save", Button.class).click();

        assertEquals(List.of(new ListItem("XZCF-001", "对未依法进行安全评价的处罚", PowerType.PENALTY,
                "《中华人民共和国安全生产法》第九十九条", "执法监察科", "立案、调查、决定", "未依法履行职责的", null, List.of(),
                null, null, null, null, null)), saved, "blank text becomes null, the rest is stripped");
        assertFalse(dialog.isOpened());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResponsibilityItem_handsOnTheChosenSectorsByCode_sorted() {
        FormTesting.visitorIn(SupportedLocales.CHINESE);
        ListItemDialog dialog = open(ListType.RESPONSIBILITY, null, saved::add);
        assertAbsent(dialog, "item-powerType", "item-stages", "item-supervisionPhone", "item-measures", "item-deadline");
        MultiSelectComboBox<Sector> sectors = byId(dialog, "item-sectors", MultiSelectComboBox.class);
        assertEquals("非煤矿山", sectors.getItemLabelGenerator().apply(MINES));
        fillCommon(dialog);
        sectors.setValue(Set.of(MINES, CHEMICALS));
        byId(dialog, "item-legalBasis", TextArea.class).setValue("《中华人民共和国安全生产法》第十条");

        byId(dialog, "item-save", Button.class).click();

        ListItem item = saved.get(0);
        assertEquals(List.of("HAZARDOUS_CHEMICALS", "NON_COAL_MINES"), item.sectors());
        assertEquals("《中华人民共和国安全生产法》第十条", item.legalBasis());
        assertEquals(null, item.powerType());
        assertEquals(null, item.accountability());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnnualTask_handsOnItsDeadlineStatusAndProgress() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        ListItemDialog dialog = open(ListType.ANNUAL_TASKS, null, saved::add);
        assertAbsent(dialog, "item-powerType", "item-legalBasis", "item-sectors", "item-accountability");
        fillCommon(dialog);
        byId(dialog, "item-measures", TextArea.class).setValue("开展危化品储存专项检查");
        byId(dialog, "item-deadline", DatePicker.class).setValue(LocalDate.of(2026, 12, 31));
        byId(dialog, "item-taskStatus", Select.class).setValue(TaskStatus.IN_PROGRESS);
        byId(dialog, "item-progress", TextArea.class).setValue("已完成 12 家（示例）");

        byId(dialog, "item-save", Button.class).click();

        assertEquals(List.of(new ListItem("XZCF-001", "对未依法进行安全评价的处罚", null, null, "执法监察科", null, null, null,
                List.of(), "开展危化品储存专项检查", LocalDate.of(2026, 12, 31), null, TaskStatus.IN_PROGRESS,
                "已完成 12 家（示例）")), saved);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExistingItem_isShownForEditing_andUnchanged_isHandedBackTheSame() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        ListItem existing = new ListItem("ZR-003", "危险化学品安全监管", null, "《危险化学品安全管理条例》第六条", "危化品监管科",
                null, "未履行监管职责的", null, List.of("NON_COAL_MINES", "HAZARDOUS_CHEMICALS"), null, null, null, null, null);
        ListItemDialog dialog = open(ListType.RESPONSIBILITY, existing, saved::add);
        assertEquals("ZR-003", byId(dialog, "item-code", TextField.class).getValue());
        assertEquals(Set.of(CHEMICALS, MINES), byId(dialog, "item-sectors", MultiSelectComboBox.class).getValue());

        byId(dialog, "item-save", Button.class).click();

        assertEquals(List.of(new ListItem("ZR-003", "危险化学品安全监管", null, "《危险化学品安全管理条例》第六条", "危化品监管科",
                null, "未履行监管职责的", null, List.of("HAZARDOUS_CHEMICALS", "NON_COAL_MINES"), null, null, null, null,
                null)), saved);
    }

    @Test
    void aMissingRequiredField_isRefusedByRowAndName_inEitherLanguage_andNothingTypedIsLost() {
        assertEquals("Row 1 is missing “Measures”.", refusalOfATaskWithoutMeasuresIn(SupportedLocales.ENGLISH));
        assertEquals("第 1 行缺少“工作措施”。", refusalOfATaskWithoutMeasuresIn(SupportedLocales.CHINESE));
    }

    @Test
    void aHostileCodeAndTitle_areHandedOnAsText_andTheCodeIsRefused() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
        String title = "名称\u0000\u0007<b>".repeat(200);
        ListItemDialog dialog = open(ListType.POWER, null, item -> {
            saved.add(item);
            if (!item.code().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                throw new ValidationException("lists.item.code.invalid", 1);
            }
        });
        byId(dialog, "item-code", TextField.class).setValue("X\u0000'; DROP TABLE list_item;--");
        byId(dialog, "item-title", TextArea.class).setValue(title);

        byId(dialog, "item-save", Button.class).click();

        assertEquals("X\u0000'; DROP TABLE list_item;--", saved.get(0).code());
        assertEquals(title, saved.get(0).title());
        assertEquals("Row 1: a code has up to 64 letters, digits, dots, underscores or hyphens.",
                byId(dialog, "item-error", Span.class).getText());
        assertTrue(dialog.isOpened());
    }

    private String refusalOfATaskWithoutMeasuresIn(Locale locale) {
        FormTesting.visitorIn(locale);
        ListItemDialog dialog = open(ListType.ANNUAL_TASKS, null, item -> {
            if (item.measures() == null) {
                throw new ValidationException("lists.item.missing", 1, new Translatable("lists.field.measures"));
            }
            saved.add(item);
        });
        fillCommon(dialog);
        byId(dialog, "item-measures", TextArea.class).setValue("   ");

        byId(dialog, "item-save", Button.class).click();

        assertTrue(dialog.isOpened());
        assertEquals(" XZCF-001 ", byId(dialog, "item-code", TextField.class).getValue(), "as typed");
        assertEquals(List.of(), saved);
        Span error = byId(dialog, "item-error", Span.class);
        assertTrue(error.isVisible());
        return error.getText();
    }

    private static void fillCommon(ListItemDialog dialog) {
        byId(dialog, "item-code", TextField.class).setValue(" XZCF-001 ");
        byId(dialog, "item-title", TextArea.class).setValue("对未依法进行安全评价的处罚");
        byId(dialog, "item-responsibleBody", TextField.class).setValue("执法监察科");
    }

    private static void assertAbsent(ListItemDialog dialog, String... ids) {
        for (String id : ids) {
            assertThrows(AssertionError.class, () -> byId(dialog, id, Component.class), id + " is not asked");
        }
    }

    private static ListItemDialog open(ListType type, ListItem item, Consumer<ListItem> onSave) {
        ListItemDialog dialog = new ListItemDialog(type, item, SECTORS, onSave);
        dialog.open();
        return dialog;
    }
}
