package org.safetyportal.content.education.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.FourEyesViolation;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.education.lessons.DraftProblem.Field;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class LessonDraftingTest {

    private static final Instant NOW = Instant.parse("2027-06-10T02:00:00Z");
    static final String BANK = """
            kind: single
            category: 出门
            stem: 电动自行车电池应在哪里充电？
            * 集中充电点 | A shared charging point
            - 楼道里 | The stairwell
            - 家里客厅 | The living room
            explanation: 楼道和家里着火会堵住逃生的路。
            ---
            kind: truefalse
            category: 出门
            stem: 电池鼓包了还可以继续用。
            - 对
            * 错
            explanation: 鼓包的电池容易起火，要换掉。
            ---
            kind: multiple
            category: 出门
            stem: 哪些做法是对的？
            * 买有认证的电池
            * 充满就拔
            - 私自改装
            - 整夜充电
            explanation: 认证电池、充满即拔；改装和整夜充电都容易起火。
            """;

    static LessonDraftText text(String code, String bank) {
        return new LessonDraftText(code, "电动自行车安全", "E-bike safety", "电池、充电与出行", "", List.of("COMMUNITY"),
                List.of("E_BIKE"), 10, "## 充电\n\n在**集中充电点**充电。\n\n<script>alert(1)</script>\n\n[点我](javascript:alert(1))",
                null, bank);
    }

    private static TestWorld editors(String kind) {
        TestWorld world = TestWorld.start(kind, NOW);
        world.staff("lessoned.a", RoleGrant.cityWide("LESSON_EDITOR")).staff("lessoned.b", RoleGrant.cityWide("LESSON_EDITOR"))
                .staff("lessoned.host", RoleGrant.cityWide("SESSION_HOST"));
        return world;
    }

    @OnEveryTestDatabase
    void aDraft_isPublishedByASecondEditorOnly_asEditionOne_throughTheLedger(String kind) {
        try (TestWorld world = editors(kind)) {
            LessonDrafting drafting = world.bean(LessonDrafting.class);
            LessonLibrary library = world.bean(LessonLibrary.class);
            String broken = BANK.replace("* 集中充电点 | A shared charging point", "- 集中充电点 | A shared charging point");
            LessonDraft draft = drafting.startNew(world.actor("lessoned.a"), text("test-ebike", broken));

            List<DraftProblem> problems = drafting.problems(draft.text());
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(Field.BANK, problems.get(0).field());
            assertEquals(1, problems.get(0).line());
            assertEquals("education.bank.problem.single", problems.get(0).messageKey());
            assertEquals("education.draft.hasProblems",
                    assertThrows(ValidationException.class, () -> drafting.submit(world.actor("lessoned.a"), draft.id())).messageKey());

            drafting.save(world.actor("lessoned.a"), draft.id(), text("ignored-code", BANK));
            LessonDraft submitted = drafting.submit(world.actor("lessoned.a"), draft.id());
            assertEquals(DraftStatus.SUBMITTED, submitted.status());
            assertEquals("test-ebike", submitted.code());
            assertFalse(drafting.mayDecide(world.actor("lessoned.a"), submitted));
            assertTrue(drafting.mayDecide(world.actor("lessoned.b"), submitted));

            assertThrows(FourEyesViolation.class, () -> drafting.publish(world.actor("lessoned.a"), draft.id()));
            assertThrows(AccessDeniedException.class, () -> drafting.publish(world.actor("lessoned.host"), draft.id()));
            assertTrue(library.lesson("test-ebike").isEmpty());

            Lesson published = drafting.publish(world.actor("lessoned.b"), draft.id());
            assertEquals(1, published.edition());
            assertEquals("lessoned.b", published.publishedBy());
            assertEquals(3, library.bank("test-ebike").orElseThrow().size());
            assertEquals(published, library.lesson("test-ebike").orElseThrow());
            String html = library.html(published, Locale.CHINA, "/img/");
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("javascript:"), html);
            LedgerEntry entry = world.ledger().entriesFor(published.ledgerSubject()).get(0);
            assertEquals(LessonPublishing.LEDGER_EVENT, entry.eventType());
            assertEquals(published.contentHash(), entry.contentHash());
            assertTrue(world.ledger().verify().intact());
            assertEquals("education.draft.wrongStatus", assertThrows(ValidationException.class,
                    () -> drafting.publish(world.actor("lessoned.b"), draft.id())).messageKey());
            assertEquals("education.draft.codeTaken", assertThrows(ValidationException.class,
                    () -> drafting.startNew(world.actor("lessoned.b"), text("test-ebike", BANK))).messageKey());
        }
    }

    @OnEveryTestDatabase
    void aSecondEdition_isReadAtOnce_andASeedStartUpNeverOverwritesIt(String kind) {
        try (TestWorld world = editors(kind)) {
            LessonDrafting drafting = world.bean(LessonDrafting.class);
            LessonLibrary library = world.bean(LessonLibrary.class);
            LessonPublishing seed = world.bean(LessonPublishing.class);
            seed.publishMissing();
            Lesson first = library.lesson("test-smoke-alarm").orElseThrow();
            List<BankQuestion> firstBank = library.bank("test-smoke-alarm").orElseThrow();

            LessonDraft edition = drafting.startEdition(world.actor("lessoned.b"), "test-smoke-alarm");
            assertEquals(1, edition.basedOnEdition());
            assertEquals(List.of(), drafting.problems(edition.text()), "the published bank reads back as it was written");
            assertEquals("education.draft.exists", assertThrows(ValidationException.class,
                    () -> drafting.startEdition(world.actor("lessoned.a"), "test-smoke-alarm")).messageKey());
            LessonDraftText changed = new LessonDraftText("x", "烟雾报警器（第二版）", edition.text().titleEn(),
                    edition.text().summaryZh(), edition.text().summaryEn(), edition.text().audiences(),
                    edition.text().topics(), 12, edition.text().bodyZh() + "\n\n每年检查一次。", edition.text().bodyEn(),
                    edition.text().bank());
            drafting.save(world.actor("lessoned.b"), edition.id(), changed);
            drafting.submit(world.actor("lessoned.b"), edition.id());
            assertEquals("烟雾报警器（第二版）", drafting.draft(world.actor("lessoned.a"), edition.id()).orElseThrow().text().titleZh());
            assertEquals(first.title().zh(),
                    drafting.publishedText(world.actor("lessoned.a"), edition).orElseThrow().titleZh());

            Lesson second = drafting.publish(world.actor("lessoned.a"), edition.id());
            assertEquals(2, second.edition());
            assertEquals("烟雾报警器（第二版）", library.lesson("test-smoke-alarm").orElseThrow().title().zh());
            assertEquals(1, library.lessons().stream().filter(l -> l.code().equals("test-smoke-alarm")).count());
            assertEquals(firstBank, library.bankOfEdition(first.id()).orElseThrow());
            assertTrue(world.ledger().verify().intact());

            LessonPublishing.Summary again = seed.publishMissing();
            assertEquals(0, again.published());
            assertEquals(List.of("test-smoke-alarm"), again.seedDiffers());
            assertEquals(second, library.lesson("test-smoke-alarm").orElseThrow());
        }
    }

    @OnEveryTestDatabase
    void aReturnSaysWhy_andWhoeverSavedTheDraftMayNotPublishIt(String kind) {
        try (TestWorld world = editors(kind)) {
            LessonDrafting drafting = world.bean(LessonDrafting.class);
            world.bean(LessonPublishing.class).publishMissing();
            LessonDraft edition = drafting.startEdition(world.actor("lessoned.a"), "test-smoke-alarm");
            drafting.submit(world.actor("lessoned.a"), edition.id());

            assertEquals("education.draft.reasonRequired", assertThrows(ValidationException.class,
                    () -> drafting.returnForChanges(world.actor("lessoned.b"), edition.id(), " ")).messageKey());
            assertThrows(FourEyesViolation.class,
                    () -> drafting.returnForChanges(world.actor("lessoned.a"), edition.id(), "自己退回"));
            LessonDraft returned = drafting.returnForChanges(world.actor("lessoned.b"), edition.id(), "请补充英文摘要");
            assertEquals(DraftStatus.DRAFT, returned.status());
            assertEquals("请补充英文摘要", returned.returnReason());
            assertTrue(drafting.mayEdit(world.actor("lessoned.a"), returned));

            drafting.save(world.actor("lessoned.b"), edition.id(), returned.text());
            drafting.submit(world.actor("lessoned.a"), edition.id());
            assertThrows(FourEyesViolation.class, () -> drafting.publish(world.actor("lessoned.b"), edition.id()),
                    "b saved the draft: b had a hand in it");
        }
    }
}
