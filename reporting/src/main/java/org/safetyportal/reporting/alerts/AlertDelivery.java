package org.safetyportal.reporting.alerts;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.reporting.cases.CaseEvent;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.identity.SealedIdentities;
import org.safetyportal.reporting.internal.AlertRepository;
import org.safetyportal.reporting.internal.AlertRepository.AlertRow;
import org.safetyportal.reporting.internal.ReportRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the due alerts of the outbox, as one portal node: each alert is first claimed with a
 * conditional UPDATE (so two nodes on one database never both take it) for a lease of
 * {@link #LEASE}, then its address is opened from the sealed identity, the mail sent, and the alert
 * marked sent. A failure (server down, refused) counts the attempt, keeps the error with any address
 * taken out, and tries again later: 1, 2, 4 … minutes, at most {@link #MAX_BACKOFF} apart, for
 * {@link #MAX_ATTEMPTS} attempts (about two days; {@code PORTAL_SMTP_ATTEMPTS}); nothing is lost while the server is
 * down. An alert given up is shown to administrators, who can send it again ({@link FailedAlerts}), and its reporter
 * is told on {@code /track} that e-mail updates could not be delivered. A node
 * killed between sending and marking leaves the alert claimed; when the lease ends another round sends it
 * again, so such a crash can send one mail twice, never lose it. Logs name the alert and the case, never
 * the address or the reporter.
 */
@Singleton
public class AlertDelivery {

    public static final Duration LEASE = Duration.ofMinutes(5);
    public static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(60);
    public static final int MAX_ATTEMPTS = 50;
    static final int BATCH = 20;
    private static final int MAX_ERROR = 500;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:@\\[\\]]+@[^\\s<>\"'(),;:@\\[\\]]+");
    private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);

    private final AlertRepository alerts;
    private final ReportRepository reports;
    private final SealedIdentities identities;
    private final SmtpMailer mailer;
    private final CityClock clock;
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 13);
    private final int maxAttempts;

    AlertDelivery(AlertRepository alerts, ReportRepository reports, SealedIdentities identities, SmtpMailer mailer,
            CityClock clock, @Value("${portal.smtp-attempts:" + MAX_ATTEMPTS + "}") int maxAttempts) {
        this.maxAttempts = Math.max(1, maxAttempts);
        this.alerts = alerts;
        this.reports = reports;
        this.identities = identities;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** What one round did. */
    public record Round(int sent, int failed) {
    }

    /** Sends what is due now, as far as one batch goes; answers how many were sent and how many failed. */
    public Round deliverDue() {
        int sent = 0;
        int failed = 0;
        Instant now = clock.now();
        for (int id : alerts.due(now, BATCH)) {
            if (!alerts.claim(id, node, now, now.plus(LEASE))) {
                continue;
            }
            if (deliver(id)) {
                sent++;
            } else {
                failed++;
            }
        }
        return new Round(sent, failed);
    }

    /** Sends one claimed alert; answers whether it went. */
    private boolean deliver(int id) {
        AlertRow alert = alerts.alert(id).orElseThrow();
        Optional<String> address;
        HazardCase hazardCase;
        CaseEvent step;
        try {
            hazardCase = reports.byId(alert.reportId()).orElseThrow();
            step = reports.event(alert.eventId()).orElseThrow();
            address = identities.alertAddress(alert.reportId());
        } catch (RuntimeException e) {
            return failed(alert, safe(e, null), true);
        }
        if (address.isEmpty()) {
            return failed(alert, "The report has no email to alert", false);
        }
        Locale language = SupportedLocales.fromTag(alert.language()).orElse(SupportedLocales.DEFAULT);
        AlertText text = AlertText.of(hazardCase, step, language, alert.site(), clock.zone());
        try {
            mailer.send(address.get(), text, clock.now());
        } catch (MessagingException | RuntimeException e) {
            return failed(alert, safe(e, address.get()), true);
        }
        if (alerts.markSent(id, node, clock.now())) {
            LOG.info("Alert {} of hazard-case:{} (step {}) sent", id, alert.reportId(), step.eventNo());
        } else {
            LOG.warn("Alert {} of hazard-case:{} was sent after its claim ran out; another node may send it again", id,
                    alert.reportId());
        }
        return true;
    }

    private boolean failed(AlertRow alert, String error, boolean retry) {
        int attempt = alert.attempts() + 1;
        Instant next = retry && attempt < maxAttempts ? clock.now().plus(backoff(attempt)).truncatedTo(ChronoUnit.SECONDS)
                : null;
        alerts.markFailed(alert.id(), node, error, next);
        if (next == null) {
            LOG.warn("Alert {} of hazard-case:{} given up after attempt {}: {}", alert.id(), alert.reportId(), attempt, error);
        } else {
            LOG.warn("Alert {} of hazard-case:{} not sent (attempt {}), next at {}: {}", alert.id(), alert.reportId(),
                    attempt, next, error);
        }
        return false;
    }

    /** The wait after the n-th failed attempt: 1, 2, 4 … minutes, at most {@link #MAX_BACKOFF}. */
    public static Duration backoff(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 20);
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** The failure in words with its causes, any address taken out, short enough to keep. */
    static String safe(Throwable failure, String address) {
        StringBuilder words = new StringBuilder();
        for (Throwable t = failure; t != null && words.length() < MAX_ERROR; t = t.getCause() == t ? null : t.getCause()) {
            if (!words.isEmpty()) {
                words.append(" <- ");
            }
            words.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                words.append(": ").append(t.getMessage().strip());
            }
        }
        String text = words.toString();
        if (address != null && !address.isBlank()) {
            text = text.replace(address, "<recipient>");
        }
        text = ADDRESS.matcher(text).replaceAll("<address>").replaceAll("\\s+", " ");
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
