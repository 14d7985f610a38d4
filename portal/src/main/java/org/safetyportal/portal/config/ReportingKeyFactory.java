package org.safetyportal.portal.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.safetyportal.reporting.identity.ReportingKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The reporting key from {@code PORTAL_REPORTING_KEY}, else from the key file in the data directory. */
@Factory
class ReportingKeyFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ReportingKeyFactory.class);

    @Singleton
    ReportingKey reportingKey(PortalConfiguration configuration) {
        if (!configuration.getReportingKey().isBlank()) {
            ReportingKey key = ReportingKey.fromBase64(configuration.getReportingKey());
            LOG.info("Reporting key {} from configuration", key);
            return key;
        }
        ReportingKey key = ReportingKey.loadOrCreate(configuration.reportingKeyFile());
        LOG.info("Reporting key {} from {}", key, configuration.reportingKeyFile());
        return key;
    }
}
