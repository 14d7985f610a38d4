package org.safetyportal.content.blacklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.inspection.CreditCode;
import org.safetyportal.content.ledger.LedgerVerification;
import org.safetyportal.content.testing.CountyEmergencyWorld;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class BlacklistRegisterTest {

    private static final String ZEZHOU_CHEMICALS = "91140525MA0DEM002T";
    private static final String GAOPING_COAL = "91140581MA0DEM007D";

    /** Zezhou's and Gaoping's emergency bureaus and their staff ({@link CountyEmergencyWorld}). Today is 2026-11-28. */
    private record World(TestWorld world, int zezhou, int gaoping) implements CountyEmergencyWorld {

        static World start(String kind) {
            return CountyEmergencyWorld.start(kind, Instant.parse("2026-11-28T04:00:00.5Z"), World::new);
        }

        BlacklistRegister register() {
            return bean(BlacklistRegister.class);
        }
    }

    static NewBlacklistEntry entry(int department, String creditCode, String area, String sector, String decisionNo,
            LocalDate listed) {
        return new NewBlacklistEntry(department, "泽州县示例化工有限公司", creditCode, "李示例", area, sector,
                "拒不执行整改指令 ⚠", "《安全生产法》第一百一十一条", decisionNo, listed, "泽州县应急管理局法规股",
                "0356-0000102", "向列入部门书面提出异议");
    }

    @OnEveryTestDatabase
    void publisherListsAnEntity_itIsStoredWithItsExpiry_andInTheLedger(String kind) {
        try (World world = World.start(kind)) {
            BlacklistEntry stored = world.register().list(world.actor("zz.publisher"), entry(world.zezhou(),
                    " 91140525ma0dem002t ", "ZZ", "HAZARDOUS_CHEMICALS", "泽应急罚〔2026〕3号", LocalDate.of(2026, 3, 10)));

            assertEquals(ZEZHOU_CHEMICALS, stored.creditCode());
            assertEquals("拒不执行整改指令 ⚠", stored.conduct());
            assertEquals(LocalDate.of(2029, 3, 10), stored.expiryDate());
            assertEquals("泽州县应急管理局法规股", stored.objectionContact());
            assertEquals(Instant.parse("2026-11-28T04:00:00Z"), stored.listedAt());
            assertEquals(BlacklistStatus.CURRENT, stored.status(world.register().today()));
            assertNull(stored.removal());
            assertEquals(1, world.ledger().entriesFor(stored.ledgerSubject()).size());
            assertEquals(BlacklistRegister.LISTED_EVENT, world.ledger().entriesFor(stored.ledgerSubject()).get(0).eventType());
            assertEquals(stored.contentHash(), world.ledger().entriesFor(stored.ledgerSubject()).get(0).contentHash());
            assertEquals(List.of(stored.id()), ids(world.register().byCreditCode(ZEZHOU_CHEMICALS)));
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void badInputAndDuplicatesAreRefusedWithAReason_andAnotherDepartmentCannotList(String kind) {
        try (World world = World.start(kind)) {
            Actor publisher = world.actor("zz.publisher");
            LocalDate day = LocalDate.of(2026, 3, 10);
            NewBlacklistEntry good = entry(world.zezhou(), ZEZHOU_CHEMICALS, "ZZ", "HAZARDOUS_CHEMICALS", "泽应急罚〔2026〕3号", day);

            assertKey("blacklist.creditCode.invalid", () -> world.register().list(publisher,
                    entry(world.zezhou(), "91140525MA0DEM002A", "ZZ", "HAZARDOUS_CHEMICALS", "D-1", day)));
            assertKey("blacklist.area.outsideDepartment", () -> world.register().list(publisher,
                    entry(world.zezhou(), ZEZHOU_CHEMICALS, "GP", "HAZARDOUS_CHEMICALS", "D-1", day)));
            assertKey("blacklist.sector.unknown", () -> world.register().list(publisher,
                    entry(world.zezhou(), ZEZHOU_CHEMICALS, "ZZ", "NOPE", "D-1", day)));
            assertKey("blacklist.decisionNo.required", () -> world.register().list(publisher,
                    entry(world.zezhou(), ZEZHOU_CHEMICALS, "ZZ", "HAZARDOUS_CHEMICALS", " ", day)));
            assertKey("blacklist.listingDate.future", () -> world.register().list(publisher,
                    entry(world.zezhou(), ZEZHOU_CHEMICALS, "ZZ", "HAZARDOUS_CHEMICALS", "D-1", LocalDate.of(2026, 11, 29))));
            assertThrows(AccessDeniedException.class, () -> world.register().list(world.actor("gp.publisher"), good));

            world.register().list(publisher, good);
            assertKey("blacklist.duplicate", () -> world.register().list(publisher, good));
            world.register().list(publisher, entry(world.zezhou(), ZEZHOU_CHEMICALS, "ZZ", "HAZARDOUS_CHEMICALS",
                    "泽应急罚〔2026〕9号", day));
            assertEquals(2, world.ledger().size(), "nothing refused reached the ledger");
        }
    }

    @OnEveryTestDatabase
    void anEarlyRemovalNeedsASecondPerson_movesTheEntryToHistory_andIsItsOwnLedgerEvent(String kind) {
        try (World world = World.start(kind)) {
            BlacklistRegister register = world.register();
            BlacklistEntry entry = register.list(world.actor("zz.publisher"), entry(world.zezhou(), ZEZHOU_CHEMICALS,
                    "ZZ", "HAZARDOUS_CHEMICALS", "泽应急罚〔2026〕3号", LocalDate.of(2026, 3, 10)));

            assertKey("blacklist.removal.beforeListing", () -> register.requestRemoval(world.actor("zz.publisher"),
                    entry.id(), "已整改", LocalDate.of(2026, 3, 9)));
            assertKey("blacklist.removal.future", () -> register.requestRemoval(world.actor("zz.publisher"),
                    entry.id(), "已整改", LocalDate.of(2026, 11, 29)));
            assertKey("blacklist.removal.reason", () -> register.requestRemoval(world.actor("zz.publisher"),
                    entry.id(), " ", LocalDate.of(2026, 11, 20)));
            assertThrows(AccessDeniedException.class, () -> register.requestRemoval(world.actor("gp.publisher"),
                    entry.id(), "已整改", LocalDate.of(2026, 11, 20)));

            RemovalRequest request = register.requestRemoval(world.actor("zz.both"), entry.id(), "已履行处罚决定并完成整改",
                    LocalDate.of(2026, 11, 20));
            assertKey("blacklist.removal.pending", () -> register.requestRemoval(world.actor("zz.publisher"),
                    entry.id(), "再次申请", LocalDate.of(2026, 11, 20)));
            assertKey("blacklist.removal.fourEyes", () -> register.approveRemoval(world.actor("zz.both"), request.id()));
            assertThrows(AccessDeniedException.class, () -> register.approveRemoval(world.actor("zz.publisher"), request.id()));
            assertEquals(1, world.ledger().size(), "a request is not published");
            assertEquals(List.of(request.id()), register.pendingRequests(world.actor("zz.reviewer")).stream()
                    .map(RemovalRequest::id).toList());

            BlacklistEntry removed = register.approveRemoval(world.actor("zz.reviewer"), request.id());

            assertEquals(BlacklistStatus.REMOVED, removed.status(register.today()));
            assertEquals("已履行处罚决定并完成整改", removed.removal().reason());
            assertEquals("zz.both", removed.removal().requestedBy());
            assertEquals("zz.reviewer", removed.removal().approvedBy());
            assertKey("blacklist.removal.decided", () -> register.approveRemoval(world.actor("zz.reviewer"), request.id()));
            assertKey("blacklist.removal.notCurrent", () -> register.requestRemoval(world.actor("zz.publisher"),
                    entry.id(), "再次申请", LocalDate.of(2026, 11, 20)));
            assertEquals(List.of(), ids(register.search(BlacklistFilter.of(BlacklistScope.CURRENT), 0, 10)));
            assertEquals(List.of(entry.id()), ids(register.search(BlacklistFilter.of(BlacklistScope.HISTORY), 0, 10)));
            assertEquals(List.of(BlacklistEvent.Kind.LISTED, BlacklistEvent.Kind.REMOVED),
                    removed.history(register.today()).stream().map(BlacklistEvent::kind).toList());
            assertEquals(BlacklistRegister.REMOVED_EVENT, world.ledger().entriesFor(removed.removal().ledgerSubject()).get(0).eventType());
            assertTrue(world.ledger().verify().intact());

            // After removal the same decision may be listed again (a new listing, not a duplicate of a current one).
            register.list(world.actor("zz.publisher"), entry(world.zezhou(), ZEZHOU_CHEMICALS, "ZZ", "HAZARDOUS_CHEMICALS",
                    "泽应急罚〔2026〕3号", LocalDate.of(2026, 11, 27)));
        }
    }

    @OnEveryTestDatabase
    void aReviewerDisabledWithTheRequestOpenOnTheirPage_cannotApproveTheRemoval(String kind) {
        try (World world = World.start(kind)) {
            BlacklistRegister register = world.register();
            BlacklistEntry entry = register.list(world.actor("zz.publisher"), entry(world.zezhou(), ZEZHOU_CHEMICALS,
                    "ZZ", "HAZARDOUS_CHEMICALS", "泽应急罚〔2026〕3号", LocalDate.of(2026, 3, 10)));
            RemovalRequest request = register.requestRemoval(world.actor("zz.publisher"), entry.id(), "申请修复",
                    LocalDate.of(2026, 11, 20));
            Actor reviewerAsThePageHoldsThem = world.actor("zz.reviewer");

            world.disable("zz.reviewer");

            assertThrows(AccessDeniedException.class, () -> register.approveRemoval(reviewerAsThePageHoldsThem, request.id()));
            assertThrows(AccessDeniedException.class, () -> register.rejectRemoval(reviewerAsThePageHoldsThem, request.id()));
            assertEquals(BlacklistStatus.CURRENT, register.entry(entry.id()).orElseThrow().status(register.today()));
            assertEquals(1, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void aRejectedRequestLeavesTheEntryCurrent(String kind) {
        try (World world = World.start(kind)) {
            BlacklistRegister register = world.register();
            BlacklistEntry entry = register.list(world.actor("zz.publisher"), entry(world.zezhou(), ZEZHOU_CHEMICALS,
                    "ZZ", "HAZARDOUS_CHEMICALS", "泽应急罚〔2026〕3号", LocalDate.of(2026, 3, 10)));
            RemovalRequest request = register.requestRemoval(world.actor("zz.publisher"), entry.id(), "申请修复",
                    LocalDate.of(2026, 11, 20));
            register.rejectRemoval(world.actor("zz.reviewer"), request.id());

            assertEquals(BlacklistStatus.CURRENT, register.entry(entry.id()).orElseThrow().status(register.today()));
            assertEquals(List.of(), register.pendingRequests(world.actor("zz.reviewer")));
            assertEquals(1, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void anEntryExpiresThreeYearsAfterListing_leavesTheCurrentList_andItsExpiryAppearsOnlyThen(String kind) {
        try (World world = World.start(kind)) {
            BlacklistRegister register = world.register();
            BlacklistEntry entry = register.list(world.actor("zz.publisher"), entry(world.zezhou(), ZEZHOU_CHEMICALS,
                    "ZZ", "HAZARDOUS_CHEMICALS", "泽应急罚〔2023〕5号", LocalDate.of(2023, 12, 1)));
            assertEquals(LocalDate.of(2026, 12, 1), entry.expiryDate());
            assertEquals(List.of(entry.id()), ids(register.search(BlacklistFilter.of(BlacklistScope.CURRENT), 0, 10)));
            assertEquals(List.of(BlacklistEvent.Kind.LISTED), register.recentEvents(10).stream().map(BlacklistEvent::kind).toList());

            world.clock().advance(Duration.ofDays(3));
            assertEquals(LocalDate.of(2026, 12, 1), register.today());

            assertEquals(List.of(), ids(register.search(BlacklistFilter.of(BlacklistScope.CURRENT), 0, 10)));
            assertEquals(List.of(entry.id()), ids(register.search(BlacklistFilter.of(BlacklistScope.HISTORY), 0, 10)));
            assertEquals(BlacklistStatus.EXPIRED, register.entry(entry.id()).orElseThrow().status(register.today()));
            List<BlacklistEvent> events = register.recentEvents(10);
            assertEquals(List.of(BlacklistEvent.Kind.EXPIRED, BlacklistEvent.Kind.LISTED), events.stream().map(BlacklistEvent::kind).toList());
            assertEquals(LocalDate.of(2026, 12, 1), events.get(0).date());
            assertEquals("blacklist-expiry:" + entry.id(), events.get(0).subject());
            assertKey("blacklist.removal.notCurrent", () -> register.requestRemoval(world.actor("zz.publisher"),
                    entry.id(), "已整改", LocalDate.of(2026, 11, 30)));
            assertEquals(1, world.ledger().size(), "an expiry is a date rule, not a ledger event");
        }
    }

    @OnEveryTestDatabase
    void entriesAreFoundByStatusCountySectorDepartmentAndYear(String kind) {
        try (World world = World.start(kind)) {
            BlacklistRegister register = world.register();
            BlacklistEntry zz2026 = register.list(world.actor("zz.publisher"), entry(world.zezhou(), ZEZHOU_CHEMICALS,
                    "ZZ", "HAZARDOUS_CHEMICALS", "D-1", LocalDate.of(2026, 3, 10)));
            BlacklistEntry zz2022 = register.list(world.actor("zz.publisher"), entry(world.zezhou(), ZEZHOU_CHEMICALS,
                    "ZZ", "HAZARDOUS_CHEMICALS", "D-2", LocalDate.of(2022, 5, 1)));
            BlacklistEntry gp = register.list(world.actor("gp.publisher"), entry(world.gaoping(), GAOPING_COAL,
                    "GP", "COAL_MINE", "D-3", LocalDate.of(2026, 6, 1)));

            assertEquals(List.of(gp.id(), zz2026.id()), ids(register.search(BlacklistFilter.of(BlacklistScope.CURRENT), 0, 10)));
            assertEquals(List.of(zz2022.id()), ids(register.search(BlacklistFilter.of(BlacklistScope.HISTORY), 0, 10)));
            assertEquals(3, register.count(BlacklistFilter.of(BlacklistScope.ALL)));
            assertEquals(List.of(gp.id()), ids(register.search(new BlacklistFilter(BlacklistScope.ALL, "GP", null, null, null), 0, 10)));
            assertEquals(List.of(gp.id()), ids(register.search(new BlacklistFilter(BlacklistScope.ALL, null, "COAL_MINE", null, null), 0, 10)));
            assertEquals(List.of(zz2026.id(), zz2022.id()), ids(register.search(
                    new BlacklistFilter(BlacklistScope.ALL, null, null, world.zezhou(), null), 0, 10)));
            assertEquals(List.of(zz2022.id()), ids(register.search(new BlacklistFilter(BlacklistScope.ALL, null, null, null, 2022), 0, 10)));
            assertEquals(List.of(zz2026.id()), ids(register.search(BlacklistFilter.of(BlacklistScope.ALL), 1, 1)), "paged");
            assertEquals(List.of(2026, 2022), register.listingYears());
            assertKey("blacklist.area.unknown", () -> register.search(new BlacklistFilter(BlacklistScope.ALL, "XX", null, null, null), 0, 10));
            assertKey("blacklist.year.invalid", () -> register.count(new BlacklistFilter(BlacklistScope.ALL, null, null, null, 99)));
        }
    }

    @OnEveryTestDatabase
    void theVerifierCatchesAListingOrARemovalEditedBehindThePortalsBack(String kind) {
        try (World world = World.start(kind)) {
            BlacklistRegister register = world.register();
            BlacklistEntry entry = register.list(world.actor("zz.publisher"), entry(world.zezhou(), ZEZHOU_CHEMICALS,
                    "ZZ", "HAZARDOUS_CHEMICALS", "D-1", LocalDate.of(2026, 3, 10)));
            RemovalRequest request = register.requestRemoval(world.actor("zz.publisher"), entry.id(), "已整改",
                    LocalDate.of(2026, 11, 20));
            register.approveRemoval(world.actor("zz.reviewer"), request.id());
            assertTrue(world.ledger().verify().intact());

            world.database().dsl().execute("UPDATE blacklist_removal SET reason = 'quietly changed' WHERE entry_id = ?", entry.id());
            LedgerVerification removal = world.ledger().verify();
            assertFalse(removal.intact());
            assertEquals(2L, removal.firstBrokenSeq());
            assertEquals(LedgerVerification.Problem.CONTENT_CHANGED, removal.problem());

            world.database().dsl().execute("UPDATE blacklist_entry SET expiry_date = '2026-04-01' WHERE id = ?", entry.id());
            LedgerVerification listing = world.ledger().verify();
            assertEquals(1L, listing.firstBrokenSeq());
            assertEquals(LedgerVerification.Problem.CONTENT_CHANGED, listing.problem());
        }
    }

    @OnEveryTestDatabase
    void theDemonstrationEntriesArePublishedOnce_currentExpiredAndRemoved(String kind) {
        try (World world = World.start(kind)) {
            DemoBlacklist demo = world.context().getBean(DemoBlacklist.class);
            int published = demo.publishIfNoneExist();

            assertTrue(published >= 5 && published <= 7, "entries listed: " + published);
            assertEquals(0, demo.publishIfNoneExist(), "never twice");
            BlacklistRegister register = world.register();
            List<BlacklistEntry> all = register.search(BlacklistFilter.of(BlacklistScope.ALL), 0, 100);
            assertEquals(published, all.size());
            assertTrue(all.stream().allMatch(e -> e.enterpriseName().contains("示例") && CreditCode.isValid(e.creditCode())));
            LocalDate today = register.today();
            assertTrue(all.stream().anyMatch(e -> e.status(today) == BlacklistStatus.EXPIRED));
            assertTrue(all.stream().anyMatch(e -> e.status(today) == BlacklistStatus.REMOVED));
            assertTrue(register.count(BlacklistFilter.of(BlacklistScope.CURRENT)) >= 3);
            assertEquals(published + 1, world.ledger().size(), "each listing and the one removal");
            assertTrue(world.ledger().verify().intact());
        }
    }

    private static List<Integer> ids(List<BlacklistEntry> entries) {
        return entries.stream().map(BlacklistEntry::id).toList();
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
