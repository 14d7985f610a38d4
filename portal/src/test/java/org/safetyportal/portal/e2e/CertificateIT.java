package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.content.education.print.PdfTextReader;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.GroupSessionPage;
import org.safetyportal.portal.e2e.pages.JoinPage;
import org.safetyportal.portal.e2e.pages.QuizPanel;
import org.safetyportal.portal.e2e.pages.SessionLeader;

/**
 * A participant on a 360 px phone passes a session's quiz, downloads the certificate and its text reads back; the
 * code verifies on the public page; a participant who fails gets no certificate; unknown, mistyped and hostile codes
 * answer 404 in words. The lesson's printable PDF downloads from its page and reads back in Chinese.
 */
class CertificateIT extends BrowserJourney {

    private static final String GAS = "gas-at-home";
    private static final String GAS_TITLE = "家中和餐馆的燃气安全";
    private static final String SCHOOL = "示例证书测试学校";
    private static final String HOST = "host.qian";
    private static final String HOST_PASSWORD = "host-pass-2027";
    private static final String PASSER = "小芳同学";
    private static final Pattern CODE = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

    @Test
    void aParticipantPasses_downloadsTheCertificate_andItsCodeVerifiesOnThePublicPage() throws Exception {
        new SessionLeader(HOST, "钱示例老师", HOST_PASSWORD, SCHOOL, "泽州县").registerAsAdministrator(browser).signIn(browser);
        String joinCode = GroupSessionPage.create(browser, GAS_TITLE, 5).code();
        signOut();

        String code;
        try (Browser phone = new Browser(portal, SupportedLocales.CHINESE)) {
            phone.resize(360, 740);
            JoinPage join = JoinPage.byCode(phone, joinCode);
            QuizPanel quiz = join.start(PASSER);
            Map<String, Set<String>> right = rightOptionsOf(GAS);
            for (int position = 1; position <= 5; position++) {
                quiz.pickRightOptions(position, right);
            }
            String result = quiz.submit();
            assertTrue(result.contains("5/5"), result);
            String issued = certificateOrError(phone);
            Matcher found = CODE.matcher(issued);
            assertTrue(found.find(), issued);
            code = found.group();
            assertTrue(join.width().fits(), join.width().toString());

            String certificate = PdfTextReader.text(phone.fetch(phone.driver().findElement(By.id("certificate-download"))));
            assertTrue(certificate.contains(PASSER), certificate);
            assertTrue(certificate.contains(GAS_TITLE), certificate);
            assertTrue(certificate.contains(code), certificate);
            assertTrue(certificate.contains(SCHOOL), certificate);
            assertTrue(certificate.contains("5/5"), certificate);

            phone.open("/certificates");
            phone.find(By.id("certificate-code")).sendKeys(code.toLowerCase());
            phone.find(By.id("certificate-verify")).click();
            String states = new org.openqa.selenium.support.ui.WebDriverWait(phone.driver(), java.time.Duration.ofSeconds(30))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("certificate-states")))
                    .getDomProperty("textContent");
            assertTrue(states.contains(PASSER) && states.contains(GAS_TITLE) && states.contains("5/5"), states);
            assertTrue(phone.find(By.id("certificate-valid")).getDomProperty("textContent").contains(code));
            assertTrue(join.width().fits(), "the verification page fits a phone: " + join.width());
        }

        try (Browser phone = new Browser(portal, SupportedLocales.CHINESE)) {
            phone.resize(360, 740);
            QuizPanel quiz = JoinPage.byCode(phone, joinCode).start("不及格的同学");
            String result = quiz.submit();
            assertTrue(result.contains("0/5"), result);
            assertTrue(phone.all(By.id("certificate")).isEmpty(), "failing gives no certificate");
        }

        HttpResponse<String> valid = get("/certificates/" + code);
        assertEquals(200, valid.statusCode());
        assertTrue(valid.body().contains(PASSER), "readable without JavaScript");

        String body = code.replace("-", "").substring(0, 11);
        char last = code.charAt(code.length() - 1);
        assertNoCertificate("/certificates/" + body + (last == 'A' ? 'B' : 'A'), "certificates.mistyped");
        assertNoCertificate("/certificates/" + unknownCode(code), "certificates.unknown");
        assertNoCertificate("/certificates?code=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8),
                "certificates.notACode");
        assertNoCertificate("/certificates?code=" + "A".repeat(3000), "certificates.notACode");
        assertEquals(404, get("/api/education/certificates/" + unknownCode(code) + ".pdf").statusCode());
        assertEquals(200, get("/certificates").statusCode());

        browser.open("/education/lessons/" + GAS);
        String lesson = PdfTextReader.text(browser.fetch(browser.byId("lesson-pdf")));
        assertTrue(lesson.contains(GAS_TITLE), lesson);
        assertTrue(lesson.contains("/education/lessons/" + GAS), lesson);
        assertEquals(404, get("/api/education/lessons/no-such-lesson.pdf").statusCode());
        assertEquals(404, get("/api/education/lessons/" + GAS).statusCode());
    }

    /** The certificate's line once shown; fails with what the page says instead (an error, a notification). */
    private static String certificateOrError(Browser phone) {
        String seen = new org.openqa.selenium.support.ui.WebDriverWait(phone.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> {
                    var issued = d.findElements(By.id("certificate-issued"));
                    if (!issued.isEmpty()) {
                        String text = issued.get(0).getDomProperty("textContent");
                        return text == null || text.isBlank() ? null : "ok:" + text;
                    }
                    var error = d.findElements(By.id("quiz-error"));
                    String text = error.isEmpty() ? "" : error.get(0).getText();
                    var notes = d.findElements(By.cssSelector("vaadin-notification-card"));
                    String note = notes.isEmpty() ? "" : notes.get(0).getText();
                    return text.isBlank() && note.isBlank() ? null : "error:" + text + " / " + note;
                });
        assertTrue(seen.startsWith("ok:"), seen);
        return seen.substring(3);
    }

    private void assertNoCertificate(String path, String reasonKey) throws Exception {
        HttpResponse<String> answer = get(path);
        assertEquals(404, answer.statusCode(), path);
        assertTrue(answer.body().contains(browser.text(reasonKey)), path + " says " + reasonKey);
        assertFalse(answer.body().contains("<script>alert(1)"), "the typed text is never echoed");
    }

    /** A well-formed code that is not the one issued: the check character computed as the portal does. */
    private static String unknownCode(String issued) {
        String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        String body = issued.startsWith("ZZZZ") ? "YYYYYYYYYYY" : "ZZZZZZZZZZZ";
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * alphabet.indexOf(body.charAt(i));
        }
        return body + alphabet.charAt(sum % alphabet.length());
    }

    /** Each stem of the seed bank with the texts of its right options (lines starting with {@code *}). */
    static Map<String, Set<String>> rightOptionsOf(String lesson) throws Exception {
        try (var in = CertificateIT.class.getClassLoader().getResourceAsStream("seed/education/questions/" + lesson + ".txt")) {
            assertNotNull(in, "the seed bank of " + lesson);
            Map<String, Set<String>> right = new HashMap<>();
            String stem = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("stem:")) {
                    stem = line.substring("stem:".length()).strip();
                    right.put(stem, new HashSet<>());
                } else if (line.startsWith("* ") && stem != null) {
                    right.get(stem).add(line.substring(2).split("\\|")[0].strip());
                }
            }
            return right;
        }
    }
}
