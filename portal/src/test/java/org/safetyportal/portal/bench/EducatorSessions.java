package org.safetyportal.portal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.Browser;
import org.safetyportal.portal.e2e.PortalProcess;
import org.safetyportal.portal.e2e.pages.GroupSessionPage;
import org.safetyportal.portal.e2e.pages.SessionLeader;

/**
 * Group sessions for the benchmark, made and read as an educator does: the administrator registers a school and
 * its session leader in the browser, the leader creates each session on the sessions page (which calls
 * {@code GroupSessions.create}) and afterwards reads each session's counts on its own page. The benchmark runs in
 * a process of its own, so the browser is its way to the portal's real services and to what the database holds.
 */
final class EducatorSessions implements AutoCloseable {

    private static final String SCHOOL = "示例压力测试中学";
    private static final String HOST = "bench.host";
    private static final String HOST_PASSWORD = "bench-host-pass-2026";
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    // The lesson as the sessions page lists it; its bank is the pool every participant's paper is drawn from.
    static final String LESSON_TITLE = "家中和餐馆的燃气安全";

    /** A session as the leader's page shows it: the code participants type (no dash) and the page's address. */
    record Created(String code, String page) {
    }

    /** What a session's page says has come in: participants who joined, attempts submitted (graded). */
    record Counts(int joined, int submitted) {
    }

    private final Browser browser;
    private final List<Created> sessions = new ArrayList<>();

    private EducatorSessions(Browser browser) {
        this.browser = browser;
    }

    /** Registers the school and its leader, signs the leader in, and creates {@code count} sessions of {@code questions}. */
    static EducatorSessions create(PortalProcess portal, int count, int questions) {
        Browser browser = new Browser(portal, SupportedLocales.CHINESE);
        EducatorSessions educator = new EducatorSessions(browser);
        try {
            new SessionLeader(HOST, "压力测试示例老师", HOST_PASSWORD, SCHOOL, "泽州县").registerAsAdministrator(browser)
                    .signIn(browser);
            for (int i = 0; i < count; i++) {
                String code;
                try {
                    code = GroupSessionPage.create(browser, LESSON_TITLE, questions).code().replace("-", "");
                } catch (org.openqa.selenium.TimeoutException refused) {
                    // The form refused (e.g. more questions than the lesson's bank holds): say why, not where it waited.
                    throw new IllegalStateException("The sessions page did not create a session of " + questions
                            + " questions: " + browser.all(org.openqa.selenium.By.id("session-message")).stream()
                                    .map(org.openqa.selenium.WebElement::getText).findFirst().orElse(""), refused);
                }
                educator.sessions.add(new Created(code, browser.path()));
            }
            return educator;
        } catch (RuntimeException failed) {
            browser.close();
            throw failed;
        }
    }

    List<Created> sessions() {
        return sessions;
    }

    /** The counts on one session's page, opened afresh (they are read from the database when the page is built). */
    Counts counts(Created session) {
        browser.open(session.page());
        Matcher numbers = NUMBER.matcher(browser.byId("session-counts").getText());
        int joined = numbers.find() ? Integer.parseInt(numbers.group()) : -1;
        int submitted = numbers.find() ? Integer.parseInt(numbers.group()) : -1;
        return new Counts(joined, submitted);
    }

    @Override
    public void close() {
        browser.close();
    }
}
