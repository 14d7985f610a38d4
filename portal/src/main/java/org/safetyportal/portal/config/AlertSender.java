package org.safetyportal.portal.config;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.safetyportal.reporting.alerts.AlertDelivery;
import org.safetyportal.reporting.alerts.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends reporters' e-mail alerts: when {@code PORTAL_SMTP_HOST} is set, one background thread sends the
 * outbox's due alerts every {@code PORTAL_SMTP_POLL} ({@link AlertDelivery}; several portal nodes on one
 * database share the work without sending an alert twice). A failed round is logged and the next one
 * tries again.
 */
@Singleton
class AlertSender implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AlertSender.class);

    private final MailSettings settings;
    private final AlertDelivery delivery;
    private final Duration poll;
    private ScheduledExecutorService executor;

    AlertSender(MailSettings settings, AlertDelivery delivery, PortalConfiguration configuration) {
        this.settings = settings;
        this.delivery = delivery;
        this.poll = configuration.getSmtpPoll() == null || configuration.getSmtpPoll().isNegative()
                || configuration.getSmtpPoll().isZero() ? Duration.ofSeconds(15) : configuration.getSmtpPoll();
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (!settings.enabled() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "alert-sender");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::round, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Alert sender: looking for due alerts every {}", poll);
    }

    private void round() {
        try {
            AlertDelivery.Round round = delivery.deliverDue();
            if (round.sent() + round.failed() > 0) {
                LOG.info("Alert sender: {} sent, {} to try again later", round.sent(), round.failed());
            }
        } catch (RuntimeException e) {
            // The outbox holds no address, so the failure's words (a database error) can be logged.
            LOG.warn("Alert sender: the round failed, the next one tries again: {}", e.toString());
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
