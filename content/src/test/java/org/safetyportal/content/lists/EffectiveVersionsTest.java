package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.organization.Department;

class EffectiveVersionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Department BUREAU = new Department(7, "JC-EMERGENCY", "EMERGENCY", null, null);

    private static ListVersion version(int no, VersionStatus stored, LocalDate effective) {
        return new ListVersion(no, BUREAU, ListType.RESPONSIBILITY, 0, no, stored, null, "p", null, "p", null, "r", null, null,
                effective, ChangeReason.ANNUAL_UPDATE, null, null);
    }

    private static List<VersionStatus> standing(ListVersion... versions) {
        return EffectiveVersions.on(List.of(versions), TODAY).stream().map(ListVersion::status).toList();
    }

    @Test
    void aVersionDatedTomorrow_isAnnounced_andTheOneBeforeStaysInForce() {
        assertEquals(List.of(VersionStatus.ANNOUNCED, VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED), standing(
                version(3, VersionStatus.PUBLISHED, TODAY.plusDays(1)), version(2, VersionStatus.SUPERSEDED, TODAY.minusMonths(1)),
                version(1, VersionStatus.SUPERSEDED, TODAY.minusYears(1))));
    }

    @Test
    void onItsEffectiveDate_theNewVersionIsInForce() {
        assertEquals(List.of(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED), standing(
                version(2, VersionStatus.PUBLISHED, TODAY), version(1, VersionStatus.SUPERSEDED, TODAY.minusYears(1))));
    }

    @Test
    void aDatedVersionAmendedBeforeItTookEffect_neverComesIntoForce() {
        assertEquals(List.of(VersionStatus.ANNOUNCED, VersionStatus.SUPERSEDED, VersionStatus.PUBLISHED), standing(
                version(3, VersionStatus.PUBLISHED, TODAY.plusDays(9)), version(2, VersionStatus.SUPERSEDED, TODAY.plusDays(5)),
                version(1, VersionStatus.SUPERSEDED, TODAY.minusYears(1))));
    }

    @Test
    void aRepealedList_hasNothingInForce_untilItIsPublishedAgain() {
        assertEquals(List.of(VersionStatus.REPEALED, VersionStatus.SUPERSEDED), standing(
                version(2, VersionStatus.REPEALED, TODAY.minusMonths(1)), version(1, VersionStatus.SUPERSEDED, TODAY.minusYears(1))));
        assertEquals(List.of(VersionStatus.PUBLISHED, VersionStatus.REPEALED), standing(
                version(3, VersionStatus.PUBLISHED, TODAY), version(2, VersionStatus.REPEALED, TODAY.minusMonths(1))));
    }
}
