package org.safetyportal.content.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.content.inspection.RectificationStatus.NOT_REQUIRED;
import static org.safetyportal.content.inspection.RectificationStatus.OVERDUE;
import static org.safetyportal.content.inspection.RectificationStatus.PENDING;
import static org.safetyportal.content.inspection.RectificationStatus.RECTIFIED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RectificationStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void pendingReadsOverdueOnlyOnceTheDeadlineHasPassed() {
        assertEquals(PENDING, RectificationStatus.current(PENDING, null, TODAY, TODAY), "due today is not late");
        assertEquals(OVERDUE, RectificationStatus.current(PENDING, null, TODAY.minusDays(1), TODAY));
        assertEquals(PENDING, RectificationStatus.current(OVERDUE, null, TODAY.plusDays(3), TODAY), "a stored OVERDUE is PENDING underneath");
    }

    @Test
    void theLatestStatusEventWins_andARectifiedRecordIsNeverOverdue() {
        assertEquals(RECTIFIED, RectificationStatus.current(PENDING, RECTIFIED, TODAY.minusDays(10), TODAY));
        assertEquals(NOT_REQUIRED, RectificationStatus.current(NOT_REQUIRED, null, null, TODAY));
    }

    @Test
    void onlyPendingOrOverdueRecordsMayBeMarkedRectified_andOverdueIsNeverPublished() {
        assertTrue(PENDING.canChangeTo(RECTIFIED));
        assertTrue(OVERDUE.canChangeTo(RECTIFIED));
        assertFalse(RECTIFIED.canChangeTo(PENDING));
        assertFalse(NOT_REQUIRED.canChangeTo(RECTIFIED));
        assertFalse(PENDING.canChangeTo(OVERDUE));
        assertFalse(OVERDUE.isPublishable());
        assertTrue(PENDING.isPublishable());
    }

    @Test
    void factsListTheFieldsACorrectionChanges() {
        InspectionFacts before = new InspectionFacts(InspectionKind.ENFORCEMENT, "示例公司", "91140525MA0DEM001P", "ZZ",
                "COAL_MINE", TODAY, "发现问题", null, null, null, null, new BigDecimal("500"), TODAY.plusDays(30), TODAY);
        InspectionFacts after = new InspectionFacts(InspectionKind.ENFORCEMENT, "示例公司", "91140525MA0DEM001P", "ZZ",
                "COAL_MINE", TODAY, "发现问题", null, null, null, null, new BigDecimal("5000.00"), TODAY.plusDays(30), TODAY);

        assertEquals(List.of(new InspectionFacts.Change("fineAmount", "500.00", "5000.00")), before.changesTo(after));
        assertEquals(List.of(), before.changesTo(before));
    }
}
