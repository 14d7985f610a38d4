package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.LessonDraftPage;
import org.safetyportal.portal.e2e.pages.LessonPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.ScreenWidth;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * An editor uploads a picture to a lesson draft (a script named .png is refused in words), inserts its line and sees
 * it in the preview, while the public address of the picture answers 404; a second editor publishes; a visitor on a
 * 360 px phone sees the picture on the lesson's page, which does not scroll sideways, nor does a seed lesson with a
 * picture and a table; the picture is then served with a year's caching and its hash as ETag.
 */
class LessonImagesIT extends BrowserJourney {

    private static final String A = "li.editor.a";
    private static final String B = "li.editor.b";
    private static final String PASSWORD = "lesson-images-pass-9";
    private static final String CODE = "li-fire-extinguisher";
    private static final Pattern NAME = Pattern.compile("images/([0-9a-f]{16}\\.png)");
    private static final String BANK = """
            kind: single
            category: 灭火器
            stem: 使用干粉灭火器时应对准哪里？
            * 火焰根部
            - 火焰顶部
            - 烟最浓的地方
            explanation: 对准火焰根部喷射才能压住火。
            """;

    @Test
    void anEditorUploadsAPicture_aSecondPublishes_aPhoneSeesIt_andThePageFitsAt360px() throws Exception {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser(A, "丙示例编辑", PASSWORD, "LESSON_EDITOR", null);
        users.waitForUser(A);
        users.createUser(B, "丁示例编辑", PASSWORD, "LESSON_EDITOR", null);
        users.waitForUser(B);
        signOut();

        LoginPage.open(browser).signInSuccessfully(A, PASSWORD);
        LessonDraftPage draft = LessonDraftPage.startNew(browser, CODE);
        draft.type("TITLE_ZH", "灭火器怎么用");
        draft.write("SUMMARY_ZH", "提、拔、握、压：四步用好干粉灭火器。");
        draft.tick("AUDIENCES", "进社区");
        draft.tick("TOPICS", "消防安全");
        draft.write("BODY_ZH", "## 四个步骤\n\n提起灭火器，拔掉保险销，握住喷管，压下压把。");
        draft.write("BANK", BANK);

        Path folder = Files.createTempDirectory("lesson-images");
        Path script = Files.write(folder.resolve("extinguisher.png"),
                "<?php system($_GET['cmd']); ?>".getBytes(StandardCharsets.UTF_8));
        draft.uploadPicture(script);
        assertEquals(browser.text("education.image.notImage"), draft.pictureMessage());
        assertEquals(List.of(), draft.pictureLines(), "nothing is kept of a refused file");

        draft.uploadPicture(picture(folder.resolve("extinguisher-steps.png"), 1200, 800));
        List<String> lines = draft.pictureLines();
        assertEquals(1, lines.size(), lines.toString());
        Matcher named = NAME.matcher(lines.get(0));
        assertTrue(named.find(), lines.get(0));
        String name = named.group(1);
        draft.insertPicture(0);
        assertTrue(draft.previewPicturesLoaded(), "the editor sees the uploaded picture in the preview");
        assertEquals(404, status("/api/education/images/" + name), "a draft's picture is not public");
        assertEquals(List.of(), draft.problemsWhen(List::isEmpty));
        draft.submit();
        signOut();

        LoginPage.open(browser).signInSuccessfully(B, PASSWORD);
        LessonDraftPage review = LessonDraftPage.openDraft(browser, CODE);
        assertEquals(browser.text("education.draft.published", 1), review.publish());

        Browser phone = new Browser(portal, SupportedLocales.CHINESE).at("127.0.0.51");
        try {
            phone.resize(360, 740);
            LessonPage lesson = LessonPage.open(phone, CODE);
            assertTrue(lesson.imagesLoaded(), "the phone sees the picture");
            long natural = (Long) phone.script("return document.querySelector('#lesson-body img').naturalWidth;");
            assertTrue(natural > 0, "naturalWidth " + natural);
            assertFitsWithoutSidewaysScrolling(phone);

            LessonPage seed = LessonPage.open(phone, "confined-spaces");
            assertTrue(seed.imagesLoaded());
            assertFitsWithoutSidewaysScrolling(phone);
        } finally {
            phone.close();
        }

        HttpResponse<byte[]> served = client.send(HttpRequest.newBuilder(URI.create(portal.url("/api/education/images/" + name)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
        assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"" + name.substring(0, 16)), etag);
        assertEquals(304, client.send(HttpRequest.newBuilder(URI.create(portal.url("/api/education/images/" + name)))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(404, status("/api/education/images/0123456789abcdef.png"));
        int traversal = status("/api/education/images/..%2F..%2Fetc%2Fpasswd");
        assertTrue(traversal == 404 || traversal == 400, "a path outside the pictures is refused: " + traversal);
    }

    @Test
    void everySeedLesson_fitsA360pxPhone_inBothLanguages_withItsQuizOpen() {
        List<String> wider = new java.util.ArrayList<>();
        for (java.util.Locale language : SupportedLocales.all()) {
            Browser phone = new Browser(portal, language).at("127.0.0.51");
            try {
                phone.resize(360, 740);
                for (String code : SEED_LESSONS) {
                    LessonPage lesson = LessonPage.open(phone, code);
                    lesson.quiz().start();
                    phone.settle();
                    List<String> past = ScreenWidth.widerThanWindow(phone);
                    if (ScreenWidth.scrollsSideways(phone) || !past.isEmpty()) {
                        wider.add(language + " " + code + ": " + ScreenWidth.of(phone) + ", past the edge: " + past);
                    }
                }
            } finally {
                phone.close();
            }
        }
        assertEquals(List.of(), wider);
    }

    private static final List<String> SEED_LESSONS = List.of("coal-mine-families", "confined-spaces", "drowning-prevention",
            "e-bike-charging", "fire-schools-care-homes", "flood-season", "forest-fire", "gas-at-home", "hazardous-chemicals",
            "home-electricity", "road-safety", "self-built-houses", "winter-heating-co");

    /** The page does not scroll sideways, and no part of it reaches past the window (a part that scrolls by itself). */
    private static void assertFitsWithoutSidewaysScrolling(Browser phone) {
        assertFalse(ScreenWidth.scrollsSideways(phone), ScreenWidth.of(phone).toString());
        assertEquals(List.of(), ScreenWidth.widerThanWindow(phone), "past the window's edge");
    }

    private int status(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** A drawn picture: a red extinguisher on a light ground, wider than any phone. */
    private static Path picture(Path file, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(240, 244, 248));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(200, 30, 30));
        g.fillRoundRect(width / 3, height / 5, width / 3, height * 3 / 5, 40, 40);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
