package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.content.education.print.PdfTextReader;
import org.safetyportal.portal.e2e.pages.CertificateRequest;
import org.safetyportal.portal.e2e.pages.LessonPage;
import org.safetyportal.portal.e2e.pages.QuizPanel;
import org.safetyportal.portal.e2e.pages.ScreenWidth;

/**
 * A visitor on a 360 px phone passes a lesson page's self-study quiz, has hostile names refused in words, gets a
 * certificate in the name typed, downloads it and its text reads back as a self-study certificate of the lesson; its
 * code verifies on the public page, with JavaScript and without.
 */
class SelfStudyCertificateIT extends BrowserJourney {

    private static final String GAS = "gas-at-home";
    private static final String GAS_TITLE = "家中和餐馆的燃气安全";
    private static final String HOLDER = "赵示例自学者";
    private static final Pattern CODE = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

    @Test
    void aVisitorOnAPhonePassesTheLessonQuiz_getsASelfStudyCertificateInTheNameTyped_andItsCodeVerifies() throws Exception {
        String code;
        // The journey's own browser, so that a failure keeps what the phone showed.
        Browser phone = browser;
        {
            phone.resize(360, 740);
            QuizPanel quiz = LessonPage.open(phone, GAS).quiz();
            quiz.start();
            // The right answers come from the seed bank on the test's side; the page never holds them.
            Map<String, Set<String>> right = CertificateIT.rightOptionsOf(GAS);
            int questions = quiz.questionCount();
            for (int position = 1; position <= questions; position++) {
                quiz.pickRightOptions(position, right);
            }
            String result = quiz.submit();
            assertTrue(result.contains(questions + "/" + questions), result);

            CertificateRequest request = CertificateRequest.shown(phone);
            assertEquals(phone.text("education.join.name.markup"), request.askWith("<script>alert(1)</script>"));
            assertEquals(phone.text("education.join.name.length", 40), request.askWith("长".repeat(500)));
            assertEquals(phone.text("education.join.name.markup"), request.askWith("小\u0007明\u001b[2J"));
            assertTrue(phone.all(By.id("certificate-issued")).isEmpty(), "no refused name was issued a certificate");

            assertNull(request.askWith(HOLDER));
            Matcher found = CODE.matcher(request.issued());
            assertTrue(found.find(), request.issued());
            code = found.group();
            assertTrue(ScreenWidth.of(phone).fits(), ScreenWidth.of(phone).toString());
            keepScreenshot(phone, "self-study-certificate-issued");

            String certificate = PdfTextReader.text(phone.fetch(phone.byId("certificate-download")));
            assertTrue(certificate.contains(HOLDER), certificate);
            assertTrue(certificate.contains(phone.text("education.certificate.selfStudyPdfTitle")), certificate);
            assertTrue(certificate.contains(phone.text("education.certificate.selfStudy", GAS_TITLE)), certificate);
            assertTrue(certificate.contains(code), certificate);
            assertTrue(certificate.contains(questions + "/" + questions), certificate);
            assertFalse(certificate.contains(phone.text("education.certificate.organisation", "").strip()),
                    "no organisation on a self-study certificate: " + certificate);

            phone.open("/certificates");
            phone.find(By.id("certificate-code")).sendKeys(code.toLowerCase());
            phone.find(By.id("certificate-verify")).click();
            String states = new WebDriverWait(phone.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("certificate-states")))
                    .getDomProperty("textContent");
            assertTrue(states.contains(HOLDER) && states.contains(GAS_TITLE), states);
            assertEquals(phone.text("certificates.selfStudy"), phone.byId("certificate-self-study").getText());
            assertTrue(phone.all(By.id("certificate-organisation")).isEmpty(), "no organisation named");
            assertTrue(ScreenWidth.of(phone).fits(), "the verification page fits a phone: " + ScreenWidth.of(phone));
            keepScreenshot(phone, "self-study-certificate-verified");
        }

        HttpResponse<String> valid = get("/certificates/" + code);
        assertEquals(200, valid.statusCode());
        String readable = Jsoup.parse(valid.body()).body().text();
        assertTrue(readable.contains(HOLDER), "readable without JavaScript: " + readable);
        assertTrue(readable.contains(browser.text("certificates.selfStudy")), readable);
        assertFalse(valid.body().contains("<script>alert(1)"), "no refused name is kept anywhere");
    }

    /** Keeps what the phone shows, to look at: Chinese must render. */
    private static void keepScreenshot(Browser phone, String name) throws Exception {
        Files.createDirectories(FailureScreenshots.FOLDER.resolveSibling("e2e-screenshots"));
        Files.write(FailureScreenshots.FOLDER.resolveSibling("e2e-screenshots").resolve(name + ".png"),
                ((TakesScreenshot) phone.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
