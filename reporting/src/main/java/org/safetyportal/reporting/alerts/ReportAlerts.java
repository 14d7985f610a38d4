package org.safetyportal.reporting.alerts;

import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.reporting.internal.AlertRepository;

/**
 * Who gets e-mail alerts and what is queued for them. A real-name reporter who left an email, on a
 * portal with an SMTP server ({@link MailSettings#enabled()}), is alerted of every public step of the
 * case taken by the staff (accepted, not accepted, transferred, rectifying, closed, reopened, a public
 * note, a dispute decided...); never of an internal note, and not of the citizens' own steps (the
 * report itself, whose receipt the reporter has, or another visitor's support). The alert is queued in
 * the step's own transaction, so there is no step without its alert and no alert without its step;
 * {@link AlertDelivery} sends it later. The address is never copied here: it stays sealed with the
 * identity and is opened at sending time.
 */
@Singleton
public class ReportAlerts {

    /** Steps the citizens take themselves: nothing to tell the reporter. */
    static final Set<String> CITIZENS_STEPS = Set.of("SUBMIT", "SUPPORT");
    static final int MAX_SITE = 300;

    private final MailSettings settings;
    private final AlertRepository repository;

    ReportAlerts(MailSettings settings, AlertRepository repository) {
        this.settings = settings;
        this.repository = repository;
    }

    /** Whether the report form offers an email for alerts: only with an SMTP server to send them. */
    public boolean offered() {
        return settings.enabled();
    }

    /**
     * In the intake's transaction: a real-name report with an email will be alerted, in the language it
     * was made in ({@code null}: Chinese), with links to the configured public site, else to {@code site} (the
     * portal's address as the reporter reached it, e.g. {@code https://portal.example}); nothing when alerts are
     * off or the site is not a web address.
     */
    public void subscribe(int reportId, Locale language, String site) {
        String base = site(settings.publicSite().isEmpty() ? site : settings.publicSite());
        if (!settings.enabled() || base == null) {
            return;
        }
        Locale locale = language == null ? SupportedLocales.DEFAULT : SupportedLocales.closestTo(language);
        repository.insertRecipient(reportId, SupportedLocales.tagOf(locale), base);
    }

    /**
     * In the step's transaction: queues the alert of a public step, when the report's reporter gets
     * alerts and the step is not the citizens' own. Answers whether an alert was queued.
     */
    public boolean queue(int reportId, int eventId, String action, boolean isPublic, Instant at) {
        if (!settings.enabled() || !isPublic || CITIZENS_STEPS.contains(action)) {
            return false;
        }
        return repository.queue(reportId, eventId, at);
    }

    /**
     * Whether e-mail updates of this report could not be delivered: one of its alerts was given up after its attempts
     * and has not been sent again since. What the reporter is told on {@code /track}; never the address.
     */
    public boolean undelivered(int reportId) {
        return repository.anyFailed(reportId);
    }

    /** The alerts of one report and where each stands (for the staff and the tests; no address in them). */
    public List<AlertRepository.AlertRow> of(int reportId) {
        return repository.ofReport(reportId);
    }

    /** The site without a trailing slash, or null when it is not an http(s) address (a path is kept; no query, fragment or user). */
    static String site(String site) {
        if (site == null || site.isBlank() || site.length() > MAX_SITE) {
            return null;
        }
        String trimmed = site.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null
                    || uri.getFragment() != null) {
                return null;
            }
            return trimmed;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
