package org.safetyportal.content.education.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.education.lessons.DraftProblem.Field;
import org.safetyportal.content.education.print.LessonPrints;
import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class LessonImagesTest {

    private static final Instant NOW = Instant.parse("2027-06-10T02:00:00Z");

    private static TestWorld editors(String kind) {
        TestWorld world = TestWorld.start(kind, NOW);
        world.staff("li.a", RoleGrant.cityWide("LESSON_EDITOR")).staff("li.b", RoleGrant.cityWide("LESSON_EDITOR"))
                .staff("li.host", RoleGrant.cityWide("SESSION_HOST"));
        return world;
    }

    private static LessonDraftText withBody(LessonDraftText text, String body) {
        return new LessonDraftText(text.code(), text.titleZh(), text.titleEn(), text.summaryZh(), text.summaryEn(),
                text.audiences(), text.topics(), text.minutes(), body, text.bodyEn(), text.bank());
    }

    @OnEveryTestDatabase
    void anUploadedPicture_isKeptOnceByItsHash_shownToEditors_andPublicOnlyOncePublished(String kind) throws IOException {
        try (TestWorld world = editors(kind)) {
            LessonDrafting drafting = world.bean(LessonDrafting.class);
            LessonImages images = world.bean(LessonImages.class);
            LessonLibrary library = world.bean(LessonLibrary.class);
            LessonDraft draft = drafting.startNew(world.actor("li.a"), LessonDraftingTest.text("test-pictures",
                    LessonDraftingTest.BANK));

            LessonImage image = images.upload(world.actor("li.a"), draft.id(), TestPictures.pngWithLocation("GPS 35N"));
            assertTrue(image.name().matches("[0-9a-f]{16}\\.png"), image.name());
            assertEquals(Sha256.of(image.bytes()), image.sha256());
            assertTrue(image.sha256().startsWith(image.name().substring(0, 16)));
            assertEquals("![图](images/" + image.name() + ")", image.markdown("图"));
            LessonImage again = images.upload(world.actor("li.a"), draft.id(), TestPictures.pngWithLocation("GPS 35N"));
            assertEquals(image.name(), again.name(), "the same picture is kept once");
            assertEquals(1, images.ofDraft(world.actor("li.b"), draft.id()).size());
            assertEquals(1, world.database().dsl().fetchCount(org.jooq.impl.DSL.table("education_lesson_image")));
            assertArrayEquals(image.bytes(), images.forEditors(world.actor("li.b"), image.name()).orElseThrow().bytes());
            assertThrows(AccessDeniedException.class, () -> images.forEditors(world.actor("li.host"), image.name()));
            assertThrows(AccessDeniedException.class,
                    () -> images.upload(world.actor("li.host"), draft.id(), TestPictures.drawn("png", 10, 10, 1)));

            // A body naming a picture never uploaded has a problem; with the uploaded one it has none.
            String line = image.markdown("灭火器的位置");
            LessonDraftText unknown = withBody(draft.text(), "正文\n\n![x](images/0123456789abcdef.png)");
            assertEquals(List.of(DraftProblem.of(Field.BODY_ZH, "education.draft.problem.unknownImage", "0123456789abcdef.png")),
                    drafting.problems(unknown));
            LessonDraftText text = withBody(draft.text(), "## 灭火器\n\n" + line);
            assertEquals(List.of(), drafting.problems(text));
            String preview = drafting.preview(text, Locale.CHINA, "/seed/", "/editors/");
            assertTrue(preview.contains("src=\"/editors/" + image.name() + "\""), preview);
            drafting.save(world.actor("li.a"), draft.id(), text);
            drafting.submit(world.actor("li.a"), draft.id());

            assertTrue(library.publishedImage(image.name()).isEmpty(), "a draft's picture is not public");
            assertTrue(library.publishedImage("0123456789abcdef.png").isEmpty());
            assertTrue(library.publishedImage("../etc/passwd").isEmpty());
            Lesson published = drafting.publish(world.actor("li.b"), draft.id());
            assertArrayEquals(image.bytes(), library.publishedImage(image.name()).orElseThrow().bytes());
            assertTrue(library.html(published, Locale.CHINA, "/pub/").contains("src=\"/pub/" + image.name() + "\""));
            assertTrue(world.ledger().verify().intact());

            byte[] pdf = world.bean(LessonPrints.class).pdf("test-pictures", Locale.CHINA, "http://portal.test").orElseThrow();
            assertEquals(1, imagesIn(pdf), "the printed lesson draws the picture");
        }
    }

    @OnEveryTestDatabase
    void aDraft_takesAtMostTenPictures_andOnlyWhileBeingWritten(String kind) {
        try (TestWorld world = editors(kind)) {
            LessonDrafting drafting = world.bean(LessonDrafting.class);
            LessonImages images = world.bean(LessonImages.class);
            LessonDraft draft = drafting.startNew(world.actor("li.a"), LessonDraftingTest.text("test-many", LessonDraftingTest.BANK));
            for (int i = 0; i < LessonImages.MAX_PER_DRAFT; i++) {
                images.upload(world.actor("li.a"), draft.id(), TestPictures.drawn("jpeg", 20, 20, i));
            }
            assertEquals("education.image.tooMany", assertThrows(ValidationException.class,
                    () -> images.upload(world.actor("li.a"), draft.id(), TestPictures.drawn("jpeg", 20, 20, 99))).messageKey());
            assertEquals("education.image.notImage", assertThrows(ValidationException.class,
                    () -> images.upload(world.actor("li.a"), draft.id(), TestPictures.phpScript())).messageKey());
            drafting.submit(world.actor("li.a"), draft.id());
            assertEquals("education.draft.wrongStatus", assertThrows(ValidationException.class,
                    () -> images.upload(world.actor("li.a"), draft.id(), TestPictures.drawn("png", 20, 20, 1))).messageKey());
            assertTrue(drafting.mayDecide(world.actor("li.b"), drafting.draft(world.actor("li.b"), draft.id()).orElseThrow()));
        }
    }

    @OnEveryTestDatabase
    void whoUploadsAPicture_hadAHandInTheDraft_andMayNotPublishIt(String kind) {
        try (TestWorld world = editors(kind)) {
            LessonDrafting drafting = world.bean(LessonDrafting.class);
            LessonImages images = world.bean(LessonImages.class);
            LessonDraft draft = drafting.startNew(world.actor("li.a"), LessonDraftingTest.text("test-hand", LessonDraftingTest.BANK));
            images.upload(world.actor("li.b"), draft.id(), TestPictures.drawn("png", 20, 20, 7));
            drafting.submit(world.actor("li.a"), draft.id());
            assertFalse(drafting.mayDecide(world.actor("li.b"), drafting.draft(world.actor("li.b"), draft.id()).orElseThrow()));
        }
    }

    private static int imagesIn(byte[] pdf) throws IOException {
        int count = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
