package org.safetyportal.portal.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.safetyportal.reporting.alerts.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SMTP server of e-mail alerts from {@code PORTAL_SMTP_*}, for the reporting module; no host, no alerts. */
@Factory
class MailSettingsFactory {

    private static final Logger LOG = LoggerFactory.getLogger(MailSettingsFactory.class);

    @Singleton
    MailSettings mailSettings(PortalConfiguration configuration) {
        MailSettings settings = MailSettings.of(configuration.getSmtpHost(), configuration.getSmtpPort(),
                configuration.getSmtpUser(), configuration.getSmtpPassword(), configuration.getSmtpFrom(),
                configuration.getSmtpTls(), configuration.getPublicUrl());
        LOG.info(settings.enabled() ? "E-mail alerts to reporters through {}" : "E-mail alerts to reporters are off ({}: no PORTAL_SMTP_HOST)",
                settings);
        return settings;
    }
}
