package org.safetyportal.content.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.content.ledger.LedgerVerification.Problem.CHAIN_BROKEN;
import static org.safetyportal.content.ledger.LedgerVerification.Problem.CONTENT_CHANGED;
import static org.safetyportal.content.ledger.LedgerVerification.Problem.CONTENT_MISSING;
import static org.safetyportal.content.ledger.LedgerVerification.Problem.CONTENT_UNREADABLE;
import static org.safetyportal.content.ledger.LedgerVerification.Problem.ENTRIES_MISSING;
import static org.safetyportal.content.ledger.LedgerVerification.Problem.ENTRY_ALTERED;
import static org.safetyportal.content.ledger.LedgerVerification.Problem.HEAD_NOT_IN_CHAIN;
import static org.safetyportal.content.ledger.LedgerVerification.Problem.RECORD_ALTERED;
import static org.safetyportal.content.ledger.LedgerVerification.Problem.STATUS_ALTERED;
import static org.safetyportal.content.ledger.LedgerVerification.Problem.UNRECORDED_PUBLICATION;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.safetyportal.content.blacklist.DemoBlacklist;
import org.safetyportal.content.majorhazards.DemoHazards;
import org.safetyportal.content.inspection.DemoInspections;
import org.safetyportal.content.inspection.InspectionFacts;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.inspection.RectificationStatus;
import org.safetyportal.content.ledger.LedgerVerification.Problem;
import org.safetyportal.content.lists.DemoLists;
import org.safetyportal.content.lists.ListPublishing;
import org.safetyportal.content.lists.ListRepeal;
import org.safetyportal.content.lists.ListRepeals;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.TaskProgressUpdates;
import org.safetyportal.content.lists.TaskStatus;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.education.certificates.Certificates;
import org.safetyportal.content.education.figures.CampaignFiguresPublishing;
import org.safetyportal.content.education.lessons.BankOption;
import org.safetyportal.content.education.lessons.BankQuestion;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.lessons.LessonDraft;
import org.safetyportal.content.education.lessons.LessonDraftText;
import org.safetyportal.content.education.lessons.LessonDrafting;
import org.safetyportal.content.education.lessons.LessonImage;
import org.safetyportal.content.education.lessons.LessonImages;
import org.safetyportal.content.education.lessons.LessonPublishing;
import org.safetyportal.content.education.quiz.Feedback;
import org.safetyportal.content.education.quiz.Paper;
import org.safetyportal.content.education.quiz.PaperOption;
import org.safetyportal.content.education.quiz.PaperQuestion;
import org.safetyportal.content.education.quiz.QuizEngine;
import org.safetyportal.content.education.quiz.QuizSettings;
import org.safetyportal.content.oversight.DemoOversight;
import org.safetyportal.content.seed.DemoStaff;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

/**
 * Tampering made directly in the database, as someone with write access to it could, each with what
 * {@code verify} must answer. One table for every feature that publishes: the next feature adds its
 * columns here. Every change runs in a transaction of its own that is rolled back, over one world that
 * holds every kind of publication (the demo data, a repeal, task progress, a correction, a status event).
 */
class LedgerTamperingTest {

    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

    /** One change: the statements, the problem verify must name and the publication it must name (null: any). */
    record Tampering(String name, Problem expected, String subject, boolean sinceSavedHead, List<String> sql) {
    }

    private static final List<Tampering> TAMPERINGS = List.of(
            // list versions: what decides whether a list is in force, from when, who made it, in which order
            change("version in force marked superseded", STATUS_ALTERED, "list-version:{lv}",
                    "UPDATE list_version SET status = 'SUPERSEDED' WHERE id = {lv}"),
            change("version in force marked repealed", STATUS_ALTERED, "list-version:{lv}",
                    "UPDATE list_version SET status = 'REPEALED' WHERE id = {lv}"),
            change("superseded version put back in force", STATUS_ALTERED, "list-version:{lvOld}",
                    "UPDATE list_version SET status = 'PUBLISHED' WHERE id = {lvOld}"),
            change("repealed version put back in force", STATUS_ALTERED, "list-version:{lvRepealed}",
                    "UPDATE list_version SET status = 'PUBLISHED' WHERE id = {lvRepealed}"),
            change("published version turned into a draft", CONTENT_MISSING, "list-version:{lv}",
                    "UPDATE list_version SET status = 'DRAFT' WHERE id = {lv}"),
            change("unknown version status", CONTENT_UNREADABLE, "list-version:{lv}",
                    "UPDATE list_version SET status = 'PUBLISHEDX' WHERE id = {lv}"),
            change("draft claimed published", UNRECORDED_PUBLICATION, "list-version:{lvDraft}",
                    "UPDATE list_version SET status = 'PUBLISHED' WHERE id = {lvDraft}"),
            change("version published_at", RECORD_ALTERED, "list-version:{lv}",
                    "UPDATE list_version SET published_at = '2026-01-02 03:04:05' WHERE id = {lv}"),
            change("version content_hash", RECORD_ALTERED, "list-version:{lv}",
                    "UPDATE list_version SET content_hash = '" + "a".repeat(64) + "' WHERE id = {lv}"),
            change("version based_on_id", CONTENT_CHANGED, "list-version:{lv}",
                    "UPDATE list_version SET based_on_id = NULL WHERE id = {lv}"),
            change("version drafted_by", CONTENT_CHANGED, "list-version:{lv}",
                    "UPDATE list_version SET drafted_by = 'someone.else' WHERE id = {lv}"),
            change("version submitted_by", CONTENT_CHANGED, "list-version:{lv}",
                    "UPDATE list_version SET submitted_by = 'someone.else' WHERE id = {lv}"),
            change("version reviewed_by", CONTENT_CHANGED, "list-version:{lv}",
                    "UPDATE list_version SET reviewed_by = 'someone.else' WHERE id = {lv}"),
            change("version effective_date", CONTENT_CHANGED, "list-version:{lv}",
                    "UPDATE list_version SET effective_date = '2030-01-01' WHERE id = {lv}"),
            change("version change_reason unknown", CONTENT_UNREADABLE, "list-version:{lv}",
                    "UPDATE list_version SET change_reason = 'WHIMX' WHERE id = {lv}"),
            change("version list_type unknown", CONTENT_UNREADABLE, "list-version:{lv}",
                    "UPDATE list_version SET list_type = 'POWERX' WHERE id = {lv}"),
            change("version moved to another department", CONTENT_CHANGED, "list-version:{lv}",
                    "UPDATE list_version SET department_id = {otherDepartment} WHERE id = {lv}"),
            change("item sort_order renumbered, order kept", RECORD_ALTERED, "list-version:{lv}",
                    "UPDATE list_item SET sort_order = 5 WHERE id = {item}"),
            change("item sort_order moves it last", CONTENT_CHANGED, "list-version:{lv}",
                    "UPDATE list_item SET sort_order = 9999 WHERE id = {item}"),
            change("item sort_order ties it with the next", RECORD_ALTERED, "list-version:{lv}",
                    "UPDATE list_item SET sort_order = 20 WHERE id = {item}"),
            change("item title", CONTENT_CHANGED, "list-version:{lv}",
                    "UPDATE list_item SET title = 'changed' WHERE id = {item}"),
            change("item power_type unknown", CONTENT_UNREADABLE, "list-version:{lvPower}",
                    "UPDATE list_item SET power_type = 'LICENSINGX' WHERE id = {powerItem}"),
            change("item task_status unknown", CONTENT_UNREADABLE, "list-version:{lvTasks}",
                    "UPDATE list_item SET task_status = 'DONEX' WHERE id = {taskItem}"),
            change("item sector removed", CONTENT_CHANGED, "list-version:{lv}",
                    "DELETE FROM list_item_sector WHERE item_id = {item}"),
            change("item deleted", CONTENT_CHANGED, "list-version:{lv}",
                    "DELETE FROM list_item_sector WHERE item_id = {item}",
                    "DELETE FROM list_item WHERE id = {item}"),
            // repeals and task progress
            change("repeal declined after publication", CONTENT_MISSING, "list-repeal:{repeal}",
                    "UPDATE list_repeal SET status = 'DECLINED' WHERE id = {repeal}"),
            change("repeal status unknown", CONTENT_UNREADABLE, "list-repeal:{repeal}",
                    "UPDATE list_repeal SET status = 'PUBLISHEDX' WHERE id = {repeal}"),
            change("repeal reason", CONTENT_CHANGED, "list-repeal:{repeal}",
                    "UPDATE list_repeal SET reason = 'changed' WHERE id = {repeal}"),
            change("repeal reviewed_at", RECORD_ALTERED, "list-repeal:{repeal}",
                    "UPDATE list_repeal SET reviewed_at = '2026-01-02 03:04:05' WHERE id = {repeal}"),
            change("repeal points at another version", CONTENT_CHANGED, "list-repeal:{repeal}",
                    "UPDATE list_repeal SET version_id = {lvOld} WHERE id = {repeal}"),
            change("task progress text", CONTENT_CHANGED, "task-progress:{progress}",
                    "UPDATE list_task_progress SET progress = 'changed' WHERE id = {progress}"),
            change("task progress status unknown", CONTENT_UNREADABLE, "task-progress:{progress}",
                    "UPDATE list_task_progress SET task_status = 'DONEX' WHERE id = {progress}"),
            change("task progress published_at", CONTENT_CHANGED, "task-progress:{progress}",
                    "UPDATE list_task_progress SET published_at = '2026-01-02 03:04:05' WHERE id = {progress}"),
            // inspection results, corrections, status events
            change("inspection published_at", RECORD_ALTERED, "inspection:{inspection}",
                    "UPDATE inspection_record SET published_at = '2026-01-02 03:04:05' WHERE id = {inspection}"),
            change("inspection content_hash", RECORD_ALTERED, "inspection:{inspection}",
                    "UPDATE inspection_record SET content_hash = '" + "a".repeat(64) + "' WHERE id = {inspection}"),
            change("inspection findings", CONTENT_CHANGED, "inspection:{inspection}",
                    "UPDATE inspection_record SET findings = 'changed' WHERE id = {inspection}"),
            change("inspection kind unknown", CONTENT_UNREADABLE, "inspection:{inspection}",
                    "UPDATE inspection_record SET kind = 'RANDOMX' WHERE id = {inspection}"),
            change("inspection rectification status unknown", CONTENT_UNREADABLE, "inspection:{inspection}",
                    "UPDATE inspection_record SET rectification_status = 'PENDINGX' WHERE id = {inspection}"),
            change("inspection published by", CONTENT_CHANGED, "inspection:{inspection}",
                    "UPDATE inspection_record SET published_by = 'someone.else' WHERE id = {inspection}"),
            change("correction corrected_at", CONTENT_CHANGED, "inspection-correction:{correction}",
                    "UPDATE inspection_correction SET corrected_at = '2026-01-02 03:04:05' WHERE id = {correction}"),
            change("correction content_hash", RECORD_ALTERED, "inspection-correction:{correction}",
                    "UPDATE inspection_correction SET content_hash = '" + "a".repeat(64) + "' WHERE id = {correction}"),
            change("correction kind unknown", CONTENT_UNREADABLE, "inspection-correction:{correction}",
                    "UPDATE inspection_correction SET kind = 'RANDOMX' WHERE id = {correction}"),
            change("status event status unknown", CONTENT_UNREADABLE, "inspection-status:{statusEvent}",
                    "UPDATE inspection_status_event SET status = 'RECTIFIEDX' WHERE id = {statusEvent}"),
            change("status event content_hash", RECORD_ALTERED, "inspection-status:{statusEvent}",
                    "UPDATE inspection_status_event SET content_hash = '" + "a".repeat(64) + "' WHERE id = {statusEvent}"),
            change("status event deleted", CONTENT_MISSING, "inspection-status:{statusEvent}",
                    "DELETE FROM inspection_status_event WHERE id = {statusEvent}"),
            change("inspection copied without publication", UNRECORDED_PUBLICATION, null,
                    "INSERT INTO inspection_record (record_code, kind, department_id, enterprise_name, credit_code, area_id,"
                            + " sector_code, inspection_date, findings, violation_basis, violation_description, measures,"
                            + " decision_no, fine_amount, rectification_deadline, rectification_status, decision_date,"
                            + " publication_date, published_by, published_at, content_hash)"
                            + " SELECT CONCAT(record_code, '-COPY'), kind, department_id, enterprise_name, credit_code, area_id,"
                            + " sector_code, inspection_date, findings, violation_basis, violation_description, measures,"
                            + " decision_no, fine_amount, rectification_deadline, rectification_status, decision_date,"
                            + " publication_date, published_by, published_at, content_hash"
                            + " FROM inspection_record WHERE id = {inspection}"),
            // major hazards and their steps
            change("hazard listed_at", RECORD_ALTERED, "major-hazard:{hazard}",
                    "UPDATE major_hazard SET listed_at = '2026-01-02 03:04:05' WHERE id = {hazard}"),
            change("hazard content_hash", RECORD_ALTERED, "major-hazard:{hazard}",
                    "UPDATE major_hazard SET content_hash = '" + "a".repeat(64) + "' WHERE id = {hazard}"),
            change("hazard deadline", CONTENT_CHANGED, "major-hazard:{hazard}",
                    "UPDATE major_hazard SET deadline = '2030-01-01' WHERE id = {hazard}"),
            change("hazard step status unknown", CONTENT_UNREADABLE, "major-hazard-event:{hazardEvent}",
                    "UPDATE major_hazard_event SET status = 'CLOSEDX' WHERE id = {hazardEvent}"),
            change("hazard step recorded_at", RECORD_ALTERED, "major-hazard-event:{hazardEvent}",
                    "UPDATE major_hazard_event SET recorded_at = '2026-01-02 03:04:05' WHERE id = {hazardEvent}"),
            change("hazard step content_hash", RECORD_ALTERED, "major-hazard-event:{hazardEvent}",
                    "UPDATE major_hazard_event SET content_hash = '" + "a".repeat(64) + "' WHERE id = {hazardEvent}"),
            change("hazard step deleted", CONTENT_MISSING, "major-hazard-event:{hazardEvent}",
                    "DELETE FROM major_hazard_event WHERE id = {hazardEvent}"),
            // blacklist
            change("blacklist listed_at", RECORD_ALTERED, "blacklist:{entry}",
                    "UPDATE blacklist_entry SET listed_at = '2026-01-02 03:04:05' WHERE id = {entry}"),
            change("blacklist content_hash", RECORD_ALTERED, "blacklist:{entry}",
                    "UPDATE blacklist_entry SET content_hash = '" + "a".repeat(64) + "' WHERE id = {entry}"),
            change("blacklist expiry_date", CONTENT_CHANGED, "blacklist:{entry}",
                    "UPDATE blacklist_entry SET expiry_date = '2030-01-01' WHERE id = {entry}"),
            change("blacklist enterprise name", CONTENT_CHANGED, "blacklist:{entry}",
                    "UPDATE blacklist_entry SET enterprise_name = 'changed' WHERE id = {entry}"),
            change("removal approved_at", RECORD_ALTERED, "blacklist-removal:{removal}",
                    "UPDATE blacklist_removal SET approved_at = '2026-01-02 03:04:05' WHERE id = {removal}"),
            change("removal removal_date", CONTENT_CHANGED, "blacklist-removal:{removal}",
                    "UPDATE blacklist_removal SET removal_date = '2030-01-01' WHERE id = {removal}"),
            change("removal deleted", CONTENT_MISSING, "blacklist-removal:{removal}",
                    "DELETE FROM blacklist_removal WHERE id = {removal}"),
            // oversight
            change("oversight published_at", RECORD_ALTERED, "oversight:{oversight}",
                    "UPDATE oversight_result SET published_at = '2026-01-02 03:04:05' WHERE id = {oversight}"),
            change("oversight content_hash", RECORD_ALTERED, "oversight:{oversight}",
                    "UPDATE oversight_result SET content_hash = '" + "a".repeat(64) + "' WHERE id = {oversight}"),
            change("oversight grade unknown", CONTENT_UNREADABLE, "oversight:{oversight}",
                    "UPDATE oversight_result SET grade = 'EXCELLENTX' WHERE id = {oversight}"),
            change("oversight kind unknown", CONTENT_UNREADABLE, "oversight:{oversight}",
                    "UPDATE oversight_result SET kind = 'ASSESSMENTX' WHERE id = {oversight}"),
            change("report filed_at", RECORD_ALTERED, "oversight-rectification:{report}",
                    "UPDATE oversight_rectification_report SET filed_at = '2026-01-02 03:04:05' WHERE id = {report}"),
            change("report summary", CONTENT_CHANGED, "oversight-rectification:{report}",
                    "UPDATE oversight_rectification_report SET summary = 'changed' WHERE id = {report}"),
            // education lessons with their banks
            change("lesson published_at", RECORD_ALTERED, "lesson:{lesson}",
                    "UPDATE education_lesson SET published_at = '2026-01-02 03:04:05' WHERE id = {lesson}"),
            change("lesson content_hash", RECORD_ALTERED, "lesson:{lesson}",
                    "UPDATE education_lesson SET content_hash = '" + "a".repeat(64) + "' WHERE id = {lesson}"),
            change("lesson body", CONTENT_CHANGED, "lesson:{lesson}",
                    "UPDATE education_lesson SET body_zh = 'changed' WHERE id = {lesson}"),
            change("lesson question explanation", CONTENT_CHANGED, "lesson:{lesson}",
                    "UPDATE education_question SET explanation_zh = 'changed' WHERE id = {lessonQuestion}"),
            change("lesson right answer moved", CONTENT_CHANGED, "lesson:{lesson}",
                    "UPDATE education_question_option SET correct = NOT correct WHERE question_id = {lessonQuestion}"),
            change("lesson edition 2 body", CONTENT_CHANGED, "lesson:{lessonEdition}",
                    "UPDATE education_lesson SET body_zh = 'changed' WHERE id = {lessonEdition}"),
            change("lesson picture bytes", CONTENT_CHANGED, "lesson:{lessonEdition}",
                    "UPDATE education_lesson_image SET image = X'89504E470D0A1A0A' WHERE name = '{lessonPicture}'"),
            change("lesson picture deleted", CONTENT_CHANGED, "lesson:{lessonEdition}",
                    "DELETE FROM education_lesson_draft_image WHERE image_sha256 = '{lessonPictureHash}'",
                    "DELETE FROM education_lesson_image WHERE name = '{lessonPicture}'"),
            change("lesson edition number", CONTENT_CHANGED, "lesson:{lessonEdition}",
                    "UPDATE education_lesson SET edition = 7 WHERE id = {lessonEdition}"),
            change("lesson question deleted", CONTENT_CHANGED, "lesson:{lesson}",
                    "DELETE FROM education_question_option WHERE question_id = {lessonQuestion}",
                    "DELETE FROM education_question WHERE id = {lessonQuestion}"),
            // campaign figures
            change("campaign figures published_at", RECORD_ALTERED, "campaign-figures:{figures}",
                    "UPDATE education_campaign_figures SET published_at = '2026-01-02 03:04:05' WHERE id = {figures}"),
            change("campaign figures content_hash", RECORD_ALTERED, "campaign-figures:{figures}",
                    "UPDATE education_campaign_figures SET content_hash = '" + "a".repeat(64) + "' WHERE id = {figures}"),
            change("campaign figures suppressed cell revealed", CONTENT_CHANGED, "campaign-figures:{figures}",
                    "UPDATE education_campaign_figure_cell SET participants = 3 WHERE figures_id = {figures}"
                            + " AND dimension = 'TOTAL'"),
            // certificates, as their public verification page states them
            change("certificate holder's name", CONTENT_CHANGED, "certificate:{certificate}",
                    "UPDATE education_certificate SET display_name = 'changed' WHERE id = {certificate}"),
            change("certificate score", CONTENT_CHANGED, "certificate:{certificate}",
                    "UPDATE education_certificate SET score = score - 1 WHERE id = {certificate}"),
            change("certificate lesson title", CONTENT_CHANGED, "certificate:{certificate}",
                    "UPDATE education_certificate SET lesson_title_zh = 'changed' WHERE id = {certificate}"),
            change("certificate deleted", CONTENT_MISSING, "certificate:{certificate}",
                    "DELETE FROM education_certificate WHERE id = {certificate}"),
            change("certificate forged for an attempt that never passed", UNRECORDED_PUBLICATION, null,
                    "INSERT INTO education_certificate (code, attempt_id, display_name, lesson_id, lesson_title_zh,"
                            + " lesson_title_en, organisation_name, score, total, pass_mark, passed_on, issued_at, self_study)"
                            + " SELECT 'FORGED000000', {unpassedAttempt}, 'forged', lesson_id, lesson_title_zh, lesson_title_en,"
                            + " organisation_name, score, total, pass_mark, passed_on, issued_at, self_study"
                            + " FROM education_certificate WHERE id = {certificate}"),
            change("campaign figures cell deleted", CONTENT_CHANGED, "campaign-figures:{figures}",
                    "DELETE FROM education_campaign_figure_cell WHERE figures_id = {figures} AND dimension = 'COUNTY'"),
            // the ledger itself
            change("entry time", ENTRY_ALTERED, null,
                    "UPDATE publication_ledger SET occurred_at = '2026-01-02 03:04:05' WHERE seq = 3"),
            change("entry content hash", ENTRY_ALTERED, null,
                    "UPDATE publication_ledger SET content_hash = '" + "a".repeat(64) + "' WHERE seq = 3"),
            change("entry deleted in the middle", CHAIN_BROKEN, null,
                    "DELETE FROM publication_ledger WHERE seq = 3"),
            change("newest entry deleted", ENTRIES_MISSING, null,
                    "DELETE FROM publication_ledger WHERE seq = {lastSeq}"),
            change("head rewound", ENTRIES_MISSING, null,
                    "UPDATE publication_ledger_head SET last_seq = {previousSeq}, last_hash = '{previousHash}'"),
            change("newest entry deleted and head rewound", UNRECORDED_PUBLICATION, "{lastSubject}",
                    "DELETE FROM publication_ledger WHERE seq = {lastSeq}",
                    "UPDATE publication_ledger_head SET last_seq = {previousSeq}, last_hash = '{previousHash}'"),
            since("newest publication removed everywhere, checked against the head saved before", HEAD_NOT_IN_CHAIN,
                    "DELETE FROM inspection_status_event WHERE id = {statusEvent}",
                    "DELETE FROM publication_ledger WHERE seq = {lastSeq}",
                    "UPDATE publication_ledger_head SET last_seq = {previousSeq}, last_hash = '{previousHash}'"));

    @OnEveryTestDatabase
    void everyTampering_isNamedByVerify_neverMissedAndNeverAnError(String kind) {
        try (TestWorld world = TestWorld.start(kind, NOW)) {
            Map<String, String> ids = publishEveryKind(world);
            PublicationLedger ledger = world.ledger();
            LedgerVerification untouched = ledger.verify();
            assertTrue(untouched.intact(), "before any tampering: " + untouched);
            String savedHead = ledger.head().hash();
            assertEquals(untouched.headHash(), savedHead);
            assertTrue(ledger.verifySince(savedHead).intact());

            List<String> failures = new ArrayList<>();
            for (Tampering tampering : TAMPERINGS) {
                LedgerVerification answer = tampered(world, tampering, ids, savedHead);
                String subject = tampering.subject() == null ? null : fill(tampering.subject(), ids);
                if (answer.intact() || answer.problem() != tampering.expected()
                        || subject != null && !subject.equals(answer.subject())) {
                    failures.add(tampering.name() + ": expected " + tampering.expected() + " " + subject + ", got " + answer);
                }
            }
            assertEquals(List.of(), failures);
            assertTrue(ledger.verify().intact(), "every tampering was rolled back");
        }
    }

    /** Runs the statements and verify in one transaction, then rolls it back. */
    private static LedgerVerification tampered(TestWorld world, Tampering tampering, Map<String, String> ids,
            String savedHead) {
        DSLContext dsl = world.database().dsl();
        LedgerVerification[] answer = new LedgerVerification[1];
        try {
            dsl.transaction(() -> {
                for (String sql : tampering.sql()) {
                    dsl.execute(fill(sql, ids));
                }
                PublicationLedger ledger = world.ledger();
                answer[0] = tampering.sinceSavedHead() ? ledger.verifySince(savedHead) : ledger.verify();
                throw new RollBack();
            });
        } catch (RollBack expected) {
            // the tampering is undone
        }
        return answer[0];
    }

    /** A small drawn PNG, as an editor might upload. */
    private static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Demo data of every feature, then one of each kind the demo lacks; answers the ids the table names. */
    private static Map<String, String> publishEveryKind(TestWorld world) {
        world.bean(DemoLists.class).publishIfNoListsExist();
        world.bean(DemoInspections.class).publishIfNoneExist();
        world.bean(DemoHazards.class).publishIfNoneExist();
        world.bean(DemoOversight.class).publishIfNoneExist();
        world.bean(DemoBlacklist.class).publishIfNoneExist();
        world.bean(LessonPublishing.class).publishMissing();
        // A second edition of a seed lesson, drafted by one editor and published by another.
        world.staff("lessoned.tamper.a", RoleGrant.cityWide("LESSON_EDITOR"))
                .staff("lessoned.tamper.b", RoleGrant.cityWide("LESSON_EDITOR"));
        LessonDrafting drafting = world.bean(LessonDrafting.class);
        LessonDraft edition = drafting.startEdition(world.actor("lessoned.tamper.a"), "test-smoke-alarm");
        // ... showing a picture uploaded to its draft, whose hash the edition's content then holds.
        LessonImage picture = world.bean(LessonImages.class).upload(world.actor("lessoned.tamper.a"), edition.id(), png());
        LessonDraftText text = edition.text();
        drafting.save(world.actor("lessoned.tamper.a"), edition.id(), new LessonDraftText(text.code(), text.titleZh(),
                text.titleEn(), text.summaryZh(), text.summaryEn(), text.audiences(), text.topics(), text.minutes(),
                text.bodyZh() + "\n\n" + picture.markdown("示意图"), text.bodyEn(), text.bank()));
        drafting.submit(world.actor("lessoned.tamper.a"), edition.id());
        int lessonEdition = drafting.publish(world.actor("lessoned.tamper.b"), edition.id()).id();
        world.staff("figures.editor", RoleGrant.cityWide("EDUCATOR"));
        int figures = world.bean(CampaignFiguresPublishing.class).publish(world.actor("figures.editor"), "FIRE_SAFETY_MONTH").id();
        // A certificate of a passed self-study quiz, and an attempt that never passed.
        QuizEngine quiz = world.bean(QuizEngine.class);
        QuizSettings settings = new QuizSettings(4, Duration.ofMinutes(10), 0, Feedback.DEFERRED, 50);
        Paper passed = quiz.start("test-smoke-alarm", "tamper-taker", settings);
        quiz.submit(passed.attemptKey(), rightAnswers(world, "test-smoke-alarm", passed));
        String certificateCode = world.bean(Certificates.class).issueSelfStudy(passed.attemptKey(), "tamper-taker", "示例学员").code();
        Paper unpassed = quiz.start("test-smoke-alarm", "tamper-taker", settings);
        DSLContext dsl = world.database().dsl();
        DemoStaff staff = world.bean(DemoStaff.class);
        Map<String, String> ids = new HashMap<>();
        ids.put("certificate", String.valueOf(id(dsl, "SELECT id FROM education_certificate WHERE code = '" + certificateCode + "'")));
        ids.put("unpassedAttempt", String.valueOf(id(dsl, "SELECT id FROM quiz_attempt WHERE attempt_key = '"
                + unpassed.attemptKey() + "'")));

        Department forestry = staff.department("JC-FORESTRY", "test");
        int repealed = id(dsl, "SELECT v.id FROM list_version v JOIN department d ON d.id = v.department_id"
                + " WHERE d.code = 'JC-FORESTRY' AND v.status = 'PUBLISHED'");
        ListRepeals repeals = world.bean(ListRepeals.class);
        ListRepeal repeal = repeals.request(staff.publisherOf(forestry), repealed, LocalDate.of(2026, 11, 28), "示例：撤销");
        repeals.approve(staff.reviewerOf(forestry), repeal.id());
        ids.put("lvRepealed", String.valueOf(repealed));
        ids.put("repeal", String.valueOf(repeal.id()));

        Department emergency = staff.department("JC-EMERGENCY", "test");
        int tasks = id(dsl, "SELECT v.id FROM list_version v JOIN department d ON d.id = v.department_id"
                + " WHERE d.code = 'JC-EMERGENCY' AND v.list_type = 'ANNUAL_TASKS' AND v.status = 'PUBLISHED'");
        String taskCode = dsl.fetchValue("SELECT MIN(item_code) FROM list_item WHERE version_id = " + tasks).toString();
        ids.put("progress", String.valueOf(world.bean(TaskProgressUpdates.class).post(staff.publisherOf(emergency), tasks,
                taskCode, TaskStatus.IN_PROGRESS, "示例：进展", LocalDate.of(2026, 11, 27)).id()));
        ids.put("lvTasks", String.valueOf(tasks));
        ids.put("lessonEdition", String.valueOf(lessonEdition));
        ids.put("lessonPicture", picture.name());
        ids.put("lessonPictureHash", picture.sha256());
        ids.put("taskItem", String.valueOf(id(dsl, "SELECT MIN(id) FROM list_item WHERE version_id = " + tasks)));

        // A draft of a list in force, never submitted: a row that must not claim publication.
        Department water = staff.department("JC-WATER", "test");
        ids.put("lvDraft", String.valueOf(world.bean(ListPublishing.class)
                .startDraft(staff.publisherOf(water), water.id(), ListType.RESPONSIBILITY, 0).id()));

        InspectionRegister inspections = world.bean(InspectionRegister.class);
        String corrected = dsl.fetchValue("SELECT MIN(record_code) FROM inspection_record").toString();
        InspectionRecord record = inspections.find(corrected).orElseThrow();
        InspectionFacts facts = InspectionFacts.of(record);
        inspections.correct(staff.publisherOf(record.department()), corrected, new InspectionFacts(facts.kind(),
                facts.enterpriseName(), facts.creditCode(), facts.areaCode(), facts.sectorCode(), facts.inspectionDate(),
                facts.findings() + "（更正）", facts.violationBasis(), facts.violationDescription(), facts.measures(),
                facts.decisionNo(), facts.fineAmount(), facts.rectificationDeadline(), facts.decisionDate()), "示例：更正");
        String pending = dsl.fetchValue("SELECT MIN(record_code) FROM inspection_record WHERE rectification_status = 'PENDING'")
                .toString();
        InspectionRecord open = inspections.find(pending).orElseThrow();
        inspections.changeStatus(staff.publisherOf(open.department()), pending, RectificationStatus.RECTIFIED,
                LocalDate.of(2026, 11, 28), "示例：已整改");
        ids.put("correction", String.valueOf(id(dsl, "SELECT MAX(id) FROM inspection_correction")));
        ids.put("statusEvent", String.valueOf(id(dsl, "SELECT MAX(id) FROM inspection_status_event")));
        ids.put("inspection", String.valueOf(id(dsl, "SELECT id FROM inspection_record WHERE record_code = '" + pending + "'")));

        ids.put("lv", String.valueOf(id(dsl, "SELECT v.id FROM list_version v JOIN department d ON d.id = v.department_id"
                + " WHERE d.code = 'JC-ENERGY' AND v.list_type = 'RESPONSIBILITY' AND v.status = 'PUBLISHED'")));
        ids.put("lvOld", String.valueOf(id(dsl, "SELECT v.id FROM list_version v JOIN department d ON d.id = v.department_id"
                + " WHERE d.code = 'JC-ENERGY' AND v.list_type = 'RESPONSIBILITY' AND v.status = 'SUPERSEDED'")));
        ids.put("item", String.valueOf(id(dsl, "SELECT MIN(i.id) FROM list_item i JOIN list_item_sector s ON s.item_id = i.id"
                + " WHERE i.version_id = " + ids.get("lv"))));
        ids.put("lvPower", String.valueOf(id(dsl, "SELECT MIN(version_id) FROM list_item WHERE power_type IS NOT NULL")));
        ids.put("powerItem", String.valueOf(id(dsl, "SELECT MIN(id) FROM list_item WHERE version_id = " + ids.get("lvPower")
                + " AND power_type IS NOT NULL")));
        ids.put("otherDepartment", String.valueOf(emergency.id()));
        ids.put("hazard", String.valueOf(id(dsl, "SELECT MIN(id) FROM major_hazard")));
        ids.put("hazardEvent", String.valueOf(id(dsl, "SELECT MAX(id) FROM major_hazard_event")));
        ids.put("entry", String.valueOf(id(dsl, "SELECT MIN(entry_id) FROM blacklist_removal")));
        ids.put("removal", String.valueOf(id(dsl, "SELECT MIN(id) FROM blacklist_removal")));
        ids.put("oversight", String.valueOf(id(dsl, "SELECT MIN(id) FROM oversight_result WHERE grade IS NOT NULL")));
        ids.put("report", String.valueOf(id(dsl, "SELECT MIN(id) FROM oversight_rectification_report")));
        ids.put("lesson", String.valueOf(id(dsl, "SELECT MIN(id) FROM education_lesson")));
        ids.put("figures", String.valueOf(figures));
        ids.put("lessonQuestion", String.valueOf(id(dsl, "SELECT MIN(id) FROM education_question WHERE lesson_id = "
                + ids.get("lesson"))));

        LedgerHead head = world.ledger().head();
        LedgerEntry last = world.ledger().entry(head.seq()).orElseThrow();
        ids.put("lastSeq", String.valueOf(head.seq()));
        ids.put("lastSubject", last.subject());
        ids.put("previousSeq", String.valueOf(head.seq() - 1));
        ids.put("previousHash", last.previousHash());
        assertEquals("inspection-status:" + ids.get("statusEvent"), last.subject(), "the newest publication is the status event");
        return ids;
    }

    /** The right options of each question of the paper, read from the published bank by their texts. */
    private static Map<Integer, Set<String>> rightAnswers(TestWorld world, String lesson, Paper paper) {
        List<BankQuestion> bank = world.bean(LessonLibrary.class).bank(lesson).orElseThrow();
        Map<Integer, Set<String>> right = new HashMap<>();
        for (PaperQuestion question : paper.questions()) {
            BankQuestion published = bank.stream().filter(q -> q.stemZh().equals(question.stemZh())).findFirst().orElseThrow();
            Set<String> texts = published.options().stream().filter(BankOption::correct).map(BankOption::textZh)
                    .collect(Collectors.toSet());
            right.put(question.position(), question.options().stream().filter(o -> texts.contains(o.textZh()))
                    .map(PaperOption::id).collect(Collectors.toSet()));
        }
        return right;
    }

    private static int id(DSLContext dsl, String sql) {
        Object value = dsl.fetchValue(sql);
        if (value == null) {
            throw new IllegalStateException("The test data has nothing for " + sql);
        }
        return ((Number) value).intValue();
    }

    private static String fill(String template, Map<String, String> ids) {
        String filled = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        if (filled.matches("(?s).*\\{[a-zA-Z]+}.*")) {
            throw new IllegalStateException("Unfilled placeholder in " + filled);
        }
        return filled;
    }

    private static Tampering change(String name, Problem expected, String subject, String... sql) {
        return new Tampering(name, expected, subject, false, List.of(sql));
    }

    private static Tampering since(String name, Problem expected, String... sql) {
        return new Tampering(name, expected, null, true, List.of(sql));
    }

    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }
}
