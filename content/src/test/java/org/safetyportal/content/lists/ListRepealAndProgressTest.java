package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.exports.ListExports;
import org.safetyportal.content.ledger.LedgerVerification;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;
import org.safetyportal.i18n.SupportedLocales;

class ListRepealAndProgressTest {

    private static final ListVersionApproval ANNUAL = new ListVersionApproval(LocalDate.of(2026, 1, 1), ChangeReason.ANNUAL_UPDATE, null);
    private static final ListVersionApproval LAW = new ListVersionApproval(LocalDate.of(2026, 3, 5), ChangeReason.LAW_CHANGE, null);

    private record World(TestWorld world, int emergency, int energy) implements ListStaffWorld {

        static World start(String kind) {
            return ListStaffWorld.start(kind, Instant.parse("2026-03-05T02:00:00.123456789Z"), World::new);
        }

        ListRepeals repeals() {
            return bean(ListRepeals.class);
        }

        TaskProgressUpdates progress() {
            return bean(TaskProgressUpdates.class);
        }

        ListVersion publishTasks() {
            return publish(ListType.ANNUAL_TASKS, 2026, List.of(task("RW-1", "隐患排查治理"), task("RW-2", "应急演练")), ANNUAL);
        }
    }

    static ListItem task(String code, String title) {
        return new ListItem(code, title, null, null, "市应急管理局", null, null, null, List.of(), "按月推进",
                LocalDate.of(2026, 12, 31), null, TaskStatus.NOT_STARTED, null);
    }

    static ListItem duty(String code, String title) {
        return new ListItem(code, title, null, "《安全生产法》第十条", "市应急管理局危化科", null, null, null,
                List.of("HAZARDOUS_CHEMICALS"), null, null, null, null, null);
    }

    @OnEveryTestDatabase
    void theOldVersionIsMarkedAmendedByTheNext_withoutAnyChangeToIt(String kind) {
        try (World world = World.start(kind)) {
            ListVersion first = world.publish(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-1", "危化品监管")), ANNUAL);
            assertTrue(world.catalogue().amendedBy(first).isEmpty());
            ListVersion second = world.publish(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-1", "危险化学品监管")), LAW);
            ListVersion third = world.publish(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-1", "危险化学品安全监管")), ANNUAL);

            ListVersion old = world.catalogue().version(first.id()).orElseThrow();
            assertEquals(second.id(), world.catalogue().amendedBy(old).orElseThrow().id());
            assertEquals(ChangeReason.LAW_CHANGE, world.catalogue().amendedBy(old).orElseThrow().changeReason());
            assertEquals(third.id(), world.catalogue().amendedBy(second).orElseThrow().id());
            assertEquals(first.contentHash(), old.contentHash());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void aRepealIsAskedByAPublisher_publishedByAnotherReviewer_andEndsTheListInForce(String kind) {
        try (World world = World.start(kind)) {
            ListVersion tasks = world.publishTasks();
            assertRefused("lists.repeal.reasonRequired", () -> world.repeals().request(world.actor("publisher"), tasks.id(),
                    LocalDate.of(2026, 12, 31), " "));
            assertThrows(AccessDeniedException.class, () -> world.repeals().request(world.actor("energy.publisher"), tasks.id(),
                    LocalDate.of(2026, 12, 31), "年度任务结束"));

            ListRepeal requested = world.repeals().request(world.actor("both"), tasks.id(), LocalDate.of(2026, 12, 31), "年度任务结束");
            assertRefused("lists.repeal.alreadyRequested", () -> world.repeals().request(world.actor("publisher"), tasks.id(),
                    LocalDate.of(2026, 12, 31), "再次申请"));
            assertRefused("lists.review.fourEyes", () -> world.repeals().approve(world.actor("both"), requested.id()));
            assertEquals(List.of(requested.id()), world.repeals().openRequests(world.actor("reviewer")).stream().map(ListRepeal::id).toList());
            assertTrue(world.catalogue().current(world.emergency(), ListType.ANNUAL_TASKS, 2026).isPresent(), "asking is not repealing");
            assertEquals(1, world.ledger().size());

            ListRepeal repeal = world.repeals().approve(world.actor("reviewer"), requested.id());

            assertEquals(RepealStatus.PUBLISHED, repeal.status());
            assertTrue(world.catalogue().current(world.emergency(), ListType.ANNUAL_TASKS, 2026).isEmpty());
            ListVersion repealed = world.catalogue().version(tasks.id()).orElseThrow();
            assertEquals(VersionStatus.REPEALED, repealed.status());
            assertEquals("年度任务结束", world.repeals().publishedRepealOf(repealed).orElseThrow().reason());
            assertEquals(1, world.ledger().entriesFor(repeal.ledgerSubject()).size());
            assertRefused("lists.repeal.alreadyDecided", () -> world.repeals().approve(world.actor("reviewer"), requested.id()));
            assertRefused("lists.repeal.notInForce", () -> world.repeals().request(world.actor("publisher"), tasks.id(),
                    LocalDate.of(2026, 12, 31), "again"));
            assertTrue(world.ledger().verify().intact());

            world.database().dsl().execute("UPDATE list_repeal SET reason = 'quietly changed' WHERE id = ?", repeal.id());
            LedgerVerification verification = world.ledger().verify();
            assertEquals(LedgerVerification.Problem.CONTENT_CHANGED, verification.problem());
            assertEquals(2L, verification.firstBrokenSeq());
        }
    }

    @OnEveryTestDatabase
    void whileANewerVersionIsAnnounced_progressGoesOnTheVersionInForce_andTheListCannotBeRepealed(String kind) {
        try (World world = World.start(kind)) {
            ListVersion inForce = world.publishTasks();
            ListVersion announced = world.publish(ListType.ANNUAL_TASKS, 2026, List.of(task("RW-1", "隐患排查治理"),
                    task("RW-3", "汛期安全")), new ListVersionApproval(LocalDate.of(2026, 4, 1), ChangeReason.ANNUAL_UPDATE, null));
            assertEquals(VersionStatus.ANNOUNCED, world.catalogue().version(announced.id()).orElseThrow().status());

            TaskProgress posted = world.progress().post(world.actor("publisher"), inForce.id(), "RW-2", TaskStatus.IN_PROGRESS,
                    "演练方案已印发", LocalDate.of(2026, 3, 5));
            assertEquals(inForce.id(), posted.versionId());
            assertRefused("lists.progress.notInForce", () -> world.progress().post(world.actor("publisher"), announced.id(), "RW-3",
                    TaskStatus.NOT_STARTED, "尚未开始", LocalDate.of(2026, 3, 5)));

            assertRefused("lists.repeal.newerAnnounced", () -> world.repeals().request(world.actor("publisher"), inForce.id(),
                    LocalDate.of(2026, 3, 31), "合并"));
            assertRefused("lists.repeal.notInForce", () -> world.repeals().request(world.actor("publisher"), announced.id(),
                    LocalDate.of(2026, 4, 30), "合并"));

            world.clock().advance(java.time.Duration.ofDays(30));
            ListRepeal requested = world.repeals().request(world.actor("publisher"), announced.id(), LocalDate.of(2026, 12, 31), "合并");
            assertEquals(announced.id(), requested.version().id(), "once in force, the new version is the one to repeal");
        }
    }

    @OnEveryTestDatabase
    void aDeclinedRepealLeavesTheListInForce(String kind) {
        try (World world = World.start(kind)) {
            ListVersion tasks = world.publishTasks();
            ListRepeal requested = world.repeals().request(world.actor("publisher"), tasks.id(), LocalDate.of(2026, 6, 30), "合并");
            assertRefused("lists.review.commentRequired", () -> world.repeals().decline(world.actor("reviewer"), requested.id(), ""));

            ListRepeal declined = world.repeals().decline(world.actor("reviewer"), requested.id(), "任务尚未完成");

            assertEquals(RepealStatus.DECLINED, declined.status());
            assertEquals(VersionStatus.PUBLISHED, world.catalogue().version(tasks.id()).orElseThrow().status());
            assertTrue(world.repeals().openRequests(world.actor("reviewer")).isEmpty());
            assertEquals(1, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void progressUpdatesArePublishedAtOnce_newestFirst_andTheLatestIsTheTasksStatus(String kind) {
        try (World world = World.start(kind)) {
            ListVersion tasks = world.publishTasks();
            Actor publisher = world.actor("publisher");
            TaskProgress first = world.progress().post(publisher, tasks.id(), "RW-1", TaskStatus.IN_PROGRESS, "已排查 120 家企业",
                    LocalDate.of(2026, 3, 1));
            world.clock().advance(java.time.Duration.ofDays(1));
            TaskProgress second = world.progress().post(publisher, tasks.id(), "RW-1", TaskStatus.COMPLETED, "全部完成",
                    LocalDate.of(2026, 3, 5));

            assertEquals(List.of(second.id(), first.id()), world.progress().updates(tasks).stream().map(TaskProgress::id).toList());
            assertEquals(TaskStatus.COMPLETED, world.progress().latestByItem(tasks).get("RW-1").status());
            assertFalse(world.progress().latestByItem(tasks).containsKey("RW-2"));
            assertEquals(1, world.ledger().entriesFor(second.ledgerSubject()).size());
            assertEquals(3, world.ledger().size());

            assertRefused("lists.progress.unknownItem", () -> world.progress().post(publisher, tasks.id(), "RW-9",
                    TaskStatus.IN_PROGRESS, "x", LocalDate.of(2026, 3, 1)));
            assertRefused("lists.progress.dateInvalid", () -> world.progress().post(publisher, tasks.id(), "RW-1",
                    TaskStatus.IN_PROGRESS, "x", LocalDate.of(2026, 3, 7)));
            assertRefused("lists.progress.textRequired", () -> world.progress().post(publisher, tasks.id(), "RW-1",
                    TaskStatus.IN_PROGRESS, " ", LocalDate.of(2026, 3, 1)));
            assertThrows(AccessDeniedException.class, () -> world.progress().post(world.actor("energy.publisher"), tasks.id(), "RW-1",
                    TaskStatus.IN_PROGRESS, "x", LocalDate.of(2026, 3, 1)));
            ListVersion duties = world.publish(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-1", "危化品监管")), ANNUAL);
            assertRefused("lists.progress.notInForce", () -> world.progress().post(publisher, duties.id(), "ZR-1",
                    TaskStatus.IN_PROGRESS, "x", LocalDate.of(2026, 3, 1)));

            // The next version of the list keeps the history of its tasks.
            ListVersion amended = world.publish(ListType.ANNUAL_TASKS, 2026, List.of(task("RW-1", "隐患排查治理"), task("RW-3", "培训")), LAW);
            assertEquals(List.of(second.id(), first.id()), world.progress().updates(amended).stream().map(TaskProgress::id).toList());
            assertRefused("lists.progress.notInForce", () -> world.progress().post(publisher, tasks.id(), "RW-1",
                    TaskStatus.IN_PROGRESS, "x", LocalDate.of(2026, 3, 1)));
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void theVerifierCatchesAProgressRowEditedBehindThePortalsBack(String kind) {
        try (World world = World.start(kind)) {
            ListVersion tasks = world.publishTasks();
            TaskProgress update = world.progress().post(world.actor("publisher"), tasks.id(), "RW-2", TaskStatus.DELAYED,
                    "场地未落实", LocalDate.of(2026, 3, 2));
            assertTrue(world.ledger().verify().intact());

            world.database().dsl().execute("UPDATE list_task_progress SET task_status = 'COMPLETED' WHERE id = ?", update.id());

            LedgerVerification verification = world.ledger().verify();
            assertFalse(verification.intact());
            assertEquals(2L, verification.firstBrokenSeq());
            assertEquals(LedgerVerification.Problem.CONTENT_CHANGED, verification.problem());
        }
    }

    @OnEveryTestDatabase
    void aWorkbookReplacesTheDraftsItems_orChangesNothingWhenAnyRowIsWrong(String kind) throws IOException {
        try (World world = World.start(kind)) {
            ListVersion tasks = world.publishTasks();
            Actor publisher = world.actor("publisher");
            ListVersion draft = world.publishing().startDraft(publisher, world.emergency(), ListType.ANNUAL_TASKS, 2026);
            byte[] template = world.publishing().sheetTemplate(world.actor("publisher"), draft, Locale.SIMPLIFIED_CHINESE);

            List<SheetProblem> problems = world.publishing().importItems(publisher, draft.id(), filled(template,
                    new String[] {"RW-7", "安全培训", "每季度", "2026-10-31", "应急局", null, "IN_PROGRESS", null},
                    new String[] {"RW-8", "专项整治", "分行业", "2026-11-31", "应急局", null, "IN_PROGRESS", null}));
            assertEquals(1, problems.size());
            assertEquals(4, problems.get(0).row());
            assertEquals("D", problems.get(0).column());
            assertEquals(List.of("RW-1", "RW-2"), world.publishing().items(publisher, draft.id()).stream().map(ListItem::code).toList());

            assertEquals(List.of(), world.publishing().importItems(publisher, draft.id(), filled(template,
                    new String[] {"RW-7", "安全培训", "每季度", "2026-10-31", "应急局", null, "推进中", null})));
            assertEquals(List.of("RW-7"), world.publishing().items(publisher, draft.id()).stream().map(ListItem::code).toList());
            assertThrows(AccessDeniedException.class, () -> world.publishing().importItems(world.actor("energy.publisher"),
                    draft.id(), template));
            assertRefused("lists.version.wrongStatus", () -> world.publishing().importItems(publisher, tasks.id(), template));
        }
    }

    @OnEveryTestDatabase
    void aVersionExportedAsExcelReimportsIntoTheNextDraftUnchanged(String kind) {
        try (World world = World.start(kind)) {
            ListVersion duties = world.publish(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-1", "危化品监管"),
                    new ListItem("ZR-2", "燃气与市政安全", null, null, "城管局", null, "失职追责", null,
                            List.of("GAS", "MUNICIPAL_UTILITIES"), null, null, null, null, null)), ANNUAL);
            byte[] exported = world.context().getBean(ListExports.class).export(duties, ExportFormat.XLSX, SupportedLocales.CHINESE).bytes();
            Actor publisher = world.actor("publisher");
            ListVersion draft = world.publishing().startDraft(publisher, world.emergency(), ListType.RESPONSIBILITY, 0);
            world.publishing().saveItems(publisher, draft.id(), List.of(duty("ZR-9", "临时")));

            assertEquals(List.of(), world.publishing().importItems(publisher, draft.id(), exported));
            assertEquals(world.catalogue().items(duties), world.publishing().items(publisher, draft.id()));
        }
    }

    /** The template with the draft's rows it carries replaced by these. */
    private static byte[] filled(byte[] template, String[]... rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet items = workbook.getSheet("items");
            for (int r = items.getLastRowNum(); r >= 2; r--) {
                if (items.getRow(r) != null) {
                    items.removeRow(items.getRow(r));
                }
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = workbook.getSheet("items").createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void assertRefused(String expectedKey, Executable action) {
        assertEquals(expectedKey, assertThrows(ValidationException.class, action).messageKey());
    }
}
