package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.ledger.LedgerVerification;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;
import org.safetyportal.i18n.Translatable;

class ListPublishingTest {

    private static final ListVersionApproval ANNUAL = new ListVersionApproval(LocalDate.of(2026, 1, 1), ChangeReason.ANNUAL_UPDATE, null);

    /** A department with a publisher and a reviewer, a second department's publisher, and a staff member holding both roles. */
    private record World(TestWorld world, int emergency, int energy) implements ListStaffWorld {

        static World start(String kind) {
            return ListStaffWorld.start(kind, Instant.parse("2026-01-05T02:00:00.123456789Z"), World::new);
        }

        /** Drafts, submits and publishes a responsibility list with the given items. */
        ListVersion publishResponsibilities(List<ListItem> items) {
            return publish(ListType.RESPONSIBILITY, 0, items, ANNUAL);
        }

        /** A second version of the same list, with one duty reworded. */
        ListVersion publishResponsibilities2() {
            return publishResponsibilities(List.of(duty("ZR-001", "危险化学品安全监督管理", "HAZARDOUS_CHEMICALS")));
        }
    }

    static ListItem duty(String code, String title, String... sectors) {
        return new ListItem(code, title, null, "《安全生产法》第十条", "市应急管理局危化科", null, "未履行监管职责的，依法追责",
                null, List.of(sectors), null, null, null, null, null);
    }

    @OnEveryTestDatabase
    void publisherDrafts_reviewerPublishes_andTheVersionIsInForceAndInTheLedger(String kind) {
        try (World world = World.start(kind)) {
            ListVersion published = world.publishResponsibilities(List.of(
                    duty("ZR-001", "危险化学品安全监管 🔥", "HAZARDOUS_CHEMICALS"),
                    duty("ZR-002", "非煤矿山与冶金工贸安全监管", "NON_COAL_MINE", "METALLURGY_MANUFACTURING")));

            assertEquals(VersionStatus.PUBLISHED, published.status());
            assertEquals("reviewer", published.reviewedBy());
            assertEquals(1, published.versionNo());
            ListVersion current = world.catalogue().current(world.emergency(), ListType.RESPONSIBILITY, 0).orElseThrow();
            assertEquals(published.id(), current.id());
            List<ListItem> items = world.catalogue().items(current);
            assertEquals(List.of("NON_COAL_MINE", "METALLURGY_MANUFACTURING").stream().sorted().toList(), items.get(1).sectors());
            assertEquals("危险化学品安全监管 🔥", items.get(0).title());
            assertEquals(1, world.ledger().entriesFor(published.ledgerSubject()).size());
            assertEquals(published.contentHash(), world.ledger().entriesFor(published.ledgerSubject()).get(0).contentHash());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void ofTwoApprovalsAtTheSameMoment_oneIsPublished_theOtherRefusedInWords(String kind) throws Exception {
        try (World world = World.start(kind)) {
            ListVersion draft = world.publishing().startDraft(world.actor("publisher"), world.emergency(), ListType.RESPONSIBILITY, 0);
            world.publishing().saveItems(world.actor("publisher"), draft.id(), List.of(duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS")));
            world.publishing().submit(world.actor("publisher"), draft.id());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<String> refusals = new ArrayList<>();
            try {
                List<Future<ListVersion>> approvals = new ArrayList<>();
                for (String reviewer : List.of("reviewer", "reviewer")) {
                    approvals.add(pool.submit(() -> {
                        start.await();
                        return world.publishing().approve(world.actor(reviewer), draft.id(), ANNUAL);
                    }));
                }
                start.countDown();
                for (Future<ListVersion> approval : approvals) {
                    try {
                        approval.get(60, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        refusals.add(((ValidationException) e.getCause()).messageKey());
                    }
                }
            } finally {
                pool.shutdownNow();
            }

            assertEquals(1, refusals.size(), refusals.toString());
            assertEquals(1, world.ledger().size(), "published once");
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void theNextVersionStartsFromTheOneInForce_andSupersedesIt(String kind) {
        try (World world = World.start(kind)) {
            ListVersion first = world.publishResponsibilities(List.of(duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS")));
            ListVersion draft = world.publishing().startDraft(world.actor("publisher"), world.emergency(), ListType.RESPONSIBILITY, 0);

            assertEquals(first.id(), draft.basedOnId());
            assertEquals(2, draft.versionNo());
            assertEquals(List.of("ZR-001"), world.publishing().items(world.actor("publisher"), draft.id()).stream().map(ListItem::code).toList());
            assertEquals(first.id(), world.catalogue().current(world.emergency(), ListType.RESPONSIBILITY, 0).orElseThrow().id(),
                    "a draft is not public");

            world.publishing().saveItems(world.actor("publisher"), draft.id(), List.of(
                    duty("ZR-001", "危险化学品安全监督管理", "HAZARDOUS_CHEMICALS")));
            world.publishing().submit(world.actor("publisher"), draft.id());
            world.publishing().approve(world.actor("reviewer"), draft.id(),
                    new ListVersionApproval(LocalDate.of(2026, 1, 5), ChangeReason.LAW_CHANGE, "依据新修订法规"));

            List<ListVersion> history = world.catalogue().history(world.emergency(), ListType.RESPONSIBILITY, 0);
            assertEquals(List.of(2, 1), history.stream().map(ListVersion::versionNo).toList());
            assertEquals(List.of(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED), history.stream().map(ListVersion::status).toList());
            assertEquals("危险化学品安全监管", world.catalogue().items(history.get(1)).get(0).title(), "the old version is unchanged");
            assertTrue(world.ledger().verify().intact());
            assertEquals(2, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void theReviewerReadsTheWholeChange_everyChangedFieldAgainstTheVersionInForce(String kind) {
        try (World world = World.start(kind)) {
            ListVersion draftOfFirst = world.publishing().startDraft(world.actor("publisher"), world.emergency(), ListType.RESPONSIBILITY, 0);
            world.publishing().saveItems(world.actor("publisher"), draftOfFirst.id(), List.of(
                    duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS"), duty("ZR-002", "消防安全监管", "FIRE")));
            ListDiff firstVersion = world.publishing().changes(world.actor("reviewer"), draftOfFirst.id());
            assertNull(firstVersion.from(), "nothing is in force yet");
            assertEquals(List.of("ZR-001", "ZR-002"), firstVersion.added().stream().map(ListItem::code).toList());

            world.publishing().submit(world.actor("publisher"), draftOfFirst.id());
            ListVersion first = world.publishing().approve(world.actor("reviewer"), draftOfFirst.id(), ANNUAL);
            ListVersion draft = world.publishing().startDraft(world.actor("publisher"), world.emergency(), ListType.RESPONSIBILITY, 0);
            world.publishing().saveItems(world.actor("publisher"), draft.id(), List.of(
                    duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS", "FIRE"), duty("ZR-003", "燃气安全监管", "GAS")));
            world.publishing().submit(world.actor("publisher"), draft.id());

            ListDiff changes = world.publishing().changes(world.actor("reviewer"), draft.id());
            assertEquals(first.id(), changes.from().id());
            assertEquals(List.of("sectors"), changes.changed().get(0).fields().stream().map(ListDiff.FieldChange::field).toList(),
                    "a change in a field the review screen used to leave out (the sectors) is shown");
            assertEquals(List.of("ZR-003"), changes.added().stream().map(ListItem::code).toList());
            assertEquals(List.of("ZR-002"), changes.removed().stream().map(ListItem::code).toList());
            assertThrows(AccessDeniedException.class, () -> world.publishing().changes(world.actor("energy.publisher"), draft.id()),
                    "another department's staff do not read a version under review");
        }
    }

    @OnEveryTestDatabase
    void theTemplateCarriesEveryFieldOfTheVersionInForce_andUploadedAsItIsLosesNothing(String kind) {
        try (World world = World.start(kind)) {
            ListItem licence = new ListItem("QL-001", "危险化学品经营许可", PowerType.LICENSING, "《危险化学品安全管理条例》第三十三条",
                    "市应急管理局行政审批科", "受理；审查；决定", "违法发放许可的，依法追责", "0356-1234567",
                    List.of("HAZARDOUS_CHEMICALS", "FIRE"), null, null, null, null, null);
            world.publish(ListType.POWER, 0, List.of(licence), ANNUAL);
            Actor publisher = world.actor("publisher");
            ListVersion draft = world.publishing().startDraft(publisher, world.emergency(), ListType.POWER, 0);

            List<ListItem> inForce = world.publishing().items(publisher, draft.id());
            assertEquals(Set.of("HAZARDOUS_CHEMICALS", "FIRE"), Set.copyOf(inForce.get(0).sectors()));

            byte[] template = world.publishing().sheetTemplate(publisher, draft, Locale.SIMPLIFIED_CHINESE);
            assertEquals(List.of(), world.publishing().importItems(publisher, draft.id(), template));

            assertEquals(inForce, world.publishing().items(publisher, draft.id()), "the sectors of a 权力清单 item survive");
            assertTrue(world.publishing().changes(publisher, draft.id()).identical());
        }
    }

    @OnEveryTestDatabase
    void whoeverDraftedOrSubmittedMayNotAlsoPublish(String kind) {
        try (World world = World.start(kind)) {
            ListVersion draft = world.publishing().startDraft(world.actor("both"), world.emergency(), ListType.RESPONSIBILITY, 0);
            world.publishing().saveItems(world.actor("both"), draft.id(), List.of(duty("ZR-001", "职责", "FIRE")));
            world.publishing().submit(world.actor("both"), draft.id());

            assertRefused("lists.review.contributor", () -> world.publishing().approve(world.actor("both"), draft.id(), ANNUAL));
            assertThrows(AccessDeniedException.class, () -> world.publishing().approve(world.actor("publisher"), draft.id(), ANNUAL));
            assertEquals(VersionStatus.PUBLISHED, world.publishing().approve(world.actor("reviewer"), draft.id(), ANNUAL).status());
        }
    }

    @OnEveryTestDatabase
    void aPublisherCannotTouchAnotherDepartmentsLists(String kind) {
        try (World world = World.start(kind)) {
            assertThrows(AccessDeniedException.class, () -> world.publishing().startDraft(
                    world.actor("energy.publisher"), world.emergency(), ListType.POWER, 0));
            ListVersion draft = world.publishing().startDraft(world.actor("publisher"), world.emergency(), ListType.POWER, 0);
            assertThrows(AccessDeniedException.class, () -> world.publishing().saveItems(
                    world.actor("energy.publisher"), draft.id(), List.of()));
            assertThrows(AccessDeniedException.class, () -> world.publishing().items(world.actor("energy.publisher"), draft.id()));
        }
    }

    @OnEveryTestDatabase
    void publishedVersionsAreNeverEditedAndOnlyOneDraftIsOpenAtATime(String kind) {
        try (World world = World.start(kind)) {
            ListVersion published = world.publishResponsibilities(List.of(duty("ZR-001", "职责", "FIRE")));
            assertRefused("lists.version.wrongStatus", () -> world.publishing().saveItems(world.actor("publisher"), published.id(),
                    List.of(duty("ZR-001", "改过的职责", "FIRE"))));

            world.publishing().startDraft(world.actor("publisher"), world.emergency(), ListType.RESPONSIBILITY, 0);
            assertRefused("lists.draft.exists", () -> world.publishing().startDraft(world.actor("publisher"), world.emergency(),
                    ListType.RESPONSIBILITY, 0));
        }
    }

    @OnEveryTestDatabase
    void aReviewerSendsAVersionBackWithAReason(String kind) {
        try (World world = World.start(kind)) {
            ListVersion draft = world.publishing().startDraft(world.actor("publisher"), world.emergency(), ListType.RESPONSIBILITY, 0);
            world.publishing().saveItems(world.actor("publisher"), draft.id(), List.of(duty("ZR-001", "职责", "FIRE")));
            world.publishing().submit(world.actor("publisher"), draft.id());

            assertRefused("lists.review.commentRequired", () -> world.publishing().returnForChanges(world.actor("reviewer"), draft.id(), " "));
            ListVersion returned = world.publishing().returnForChanges(world.actor("reviewer"), draft.id(), "请补充法律依据");

            assertEquals(VersionStatus.DRAFT, returned.status());
            assertEquals("请补充法律依据", returned.reviewComment());
            assertTrue(world.catalogue().current(world.emergency(), ListType.RESPONSIBILITY, 0).isEmpty());
            assertEquals(0, world.ledger().size(), "nothing was published");
        }
    }

    @OnEveryTestDatabase
    void incompleteItemsAreRefusedWithTheRowAndField(String kind) {
        try (World world = World.start(kind)) {
            ListVersion draft = world.publishing().startDraft(world.actor("publisher"), world.emergency(), ListType.RESPONSIBILITY, 0);
            ValidationException noSector = assertThrows(ValidationException.class, () -> world.publishing().saveItems(
                    world.actor("publisher"), draft.id(), List.of(duty("ZR-001", "职责", "FIRE"), duty("ZR-002", "职责二"))));
            assertEquals("lists.item.missing", noSector.messageKey());
            assertEquals(List.of(2, new Translatable("lists.field.sectors")), List.of(noSector.messageArguments()));
            assertRefused("lists.item.sector.unknown", () -> world.publishing().saveItems(world.actor("publisher"), draft.id(),
                    List.of(duty("ZR-001", "职责", "NO_SUCH_SECTOR"))));
            assertRefused("lists.item.code.duplicate", () -> world.publishing().saveItems(world.actor("publisher"), draft.id(),
                    List.of(duty("ZR-001", "职责", "FIRE"), duty("ZR-001", "职责", "GAS"))));
            assertRefused("lists.submit.empty", () -> world.publishing().submit(world.actor("publisher"), draft.id()));
            assertRefused("lists.year.invalid", () -> world.publishing().startDraft(world.actor("publisher"), world.emergency(),
                    ListType.ANNUAL_TASKS, 0));
        }
    }

    @OnEveryTestDatabase
    void theVerifierCatchesARowEditedBehindThePortalsBack(String kind) {
        try (World world = World.start(kind)) {
            world.publishResponsibilities(List.of(duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS")));
            ListVersion second = world.publishResponsibilities2();
            assertTrue(world.ledger().verify().intact());

            world.database().dsl().execute("UPDATE list_item SET title = 'quietly changed' WHERE version_id = ?", second.id());

            LedgerVerification verification = world.ledger().verify();
            assertFalse(verification.intact());
            assertEquals(2L, verification.firstBrokenSeq());
            assertEquals(LedgerVerification.Problem.CONTENT_CHANGED, verification.problem());
            assertNull(verification.headHash());
        }
    }

    @OnEveryTestDatabase
    void theVerifierCatchesAnAlteredOrRemovedLedgerEntry(String kind) {
        try (World world = World.start(kind)) {
            world.publishResponsibilities(List.of(duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS")));
            world.publishResponsibilities2();

            world.database().dsl().execute("UPDATE publication_ledger SET event_type = 'list.withdrawn' WHERE seq = 1");
            assertEquals(LedgerVerification.Problem.ENTRY_ALTERED, world.ledger().verify().problem());
            world.database().dsl().execute("UPDATE publication_ledger SET event_type = 'list.published' WHERE seq = 1");
            assertTrue(world.ledger().verify().intact());

            world.database().dsl().execute("DELETE FROM publication_ledger WHERE seq = 2");
            LedgerVerification truncated = world.ledger().verify();
            assertEquals(LedgerVerification.Problem.ENTRIES_MISSING, truncated.problem());
            assertEquals(2L, truncated.firstBrokenSeq());
        }
    }

    private static void assertRefused(String expectedKey, Executable action) {
        assertEquals(expectedKey, assertThrows(ValidationException.class, action).messageKey());
    }

    @OnEveryTestDatabase
    void theDemonstrationListsArePublishedOnceThroughTheWorkflow(String kind) {
        try (World world = World.start(kind)) {
            DemoLists demo = world.context().getBean(DemoLists.class);
            int published = demo.publishIfNoListsExist();

            assertTrue(published >= 5, "lists published: " + published);
            assertEquals(0, demo.publishIfNoListsExist(), "never twice");
            ListVersion tasks = world.catalogue().current(world.emergency(), ListType.ANNUAL_TASKS, 2026).orElseThrow();
            assertEquals(DemoLists.DEMO_REVIEWER, tasks.reviewedBy());
            assertEquals(published, world.ledger().size());
            assertTrue(world.ledger().verify().intact());
        }
    }
}
