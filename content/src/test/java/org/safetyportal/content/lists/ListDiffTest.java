package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.lists.ListDiff.FieldChange;

class ListDiffTest {

    static ListItem task(String code, String measures, LocalDate deadline, TaskStatus status, String progress) {
        return new ListItem(code, "任务 " + code, null, null, "市应急管理局", null, null, null, List.of(), measures,
                deadline, "各县（市、区）应急管理局", status, progress);
    }

    @Test
    void fieldsTheNewVersionLeavesEmpty_areCountedSoTheLossIsShownBeforePublishing() {
        ListItem withAll = new ListItem("QL-1", "许可", PowerType.LICENSING, "条例", "审批科", null, null, null,
                List.of("GAS"), null, null, null, null, null);
        ListItem alsoWithSectors = new ListItem("QL-2", "处罚", PowerType.PENALTY, "条例", "执法队", null, null, null,
                List.of("FIRE"), null, null, null, null, null);
        ListItem sectorsDropped = new ListItem("QL-1", "许可", PowerType.LICENSING, "", "审批科", null, null, null,
                List.of(), null, null, null, null, null);
        ListItem otherDropped = new ListItem("QL-2", "处罚", PowerType.PENALTY, "条例", "执法队", null, null, null,
                null, null, null, null, null, null);

        ListDiff diff = ListDiff.between(null, List.of(withAll, alsoWithSectors), null, List.of(sectorsDropped, otherDropped));

        assertEquals(java.util.Map.of("legalBasis", 1, "sectors", 2), diff.emptiedFields());
        assertEquals(List.of("legalBasis", "sectors"), List.copyOf(diff.emptiedFields().keySet()), "in field order");
        assertTrue(ListDiff.between(null, List.of(withAll), null, List.of(withAll)).emptiedFields().isEmpty());
    }

    @Test
    void itemsAreMatchedByCode_notByPosition() {
        ListItem first = task("RW-01", "措施一", LocalDate.of(2026, 6, 30), TaskStatus.IN_PROGRESS, null);
        ListItem second = task("RW-02", "措施二", LocalDate.of(2026, 9, 30), TaskStatus.NOT_STARTED, null);

        ListDiff diff = ListDiff.between(null, List.of(first, second), null, List.of(second, first));

        assertTrue(diff.identical());
        assertEquals(2, diff.unchanged());
    }

    @Test
    void everyFieldIsCompared_withItsOldAndNewValueInFieldOrder() {
        ListItem before = task("RW-01", "措施", LocalDate.of(2026, 6, 30), TaskStatus.IN_PROGRESS, null);
        ListItem after = task("RW-01", "措施", LocalDate.of(2026, 8, 31), TaskStatus.DELAYED, "受汛期影响延期");

        ListDiff diff = ListDiff.between(null, List.of(before), null, List.of(after));

        assertEquals(1, diff.changed().size());
        assertEquals("RW-01", diff.changed().get(0).code());
        assertEquals(List.of(
                new FieldChange("deadline", "2026-06-30", "2026-08-31"),
                new FieldChange("taskStatus", "IN_PROGRESS", "DELAYED"),
                new FieldChange("progress", null, "受汛期影响延期")), diff.changed().get(0).fields());
        assertEquals(0, diff.unchanged());
        assertFalse(diff.identical());
    }

    @Test
    void addedFollowTheNewOrder_removedTheOldOne() {
        ListItem kept = task("RW-01", "措施", LocalDate.of(2026, 6, 30), TaskStatus.IN_PROGRESS, null);
        ListItem goneA = task("RW-02", "措施", LocalDate.of(2026, 6, 30), TaskStatus.COMPLETED, null);
        ListItem goneB = task("RW-03", "措施", LocalDate.of(2026, 6, 30), TaskStatus.COMPLETED, null);
        ListItem newA = task("RW-09", "措施", LocalDate.of(2026, 12, 31), TaskStatus.NOT_STARTED, null);
        ListItem newB = task("RW-04", "措施", LocalDate.of(2026, 12, 31), TaskStatus.NOT_STARTED, null);

        ListDiff diff = ListDiff.between(null, List.of(goneA, kept, goneB), null, List.of(newA, kept, newB));

        assertEquals(List.of("RW-09", "RW-04"), diff.added().stream().map(ListItem::code).toList());
        assertEquals(List.of("RW-02", "RW-03"), diff.removed().stream().map(ListItem::code).toList());
        assertEquals(List.of(), diff.changed());
        assertEquals(1, diff.unchanged());
    }
}
