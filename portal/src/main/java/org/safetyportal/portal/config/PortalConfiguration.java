package org.safetyportal.portal.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The portal's own settings, with embedded defaults that the environment overrides
 * ({@code PORTAL_DATA_DIR}, {@code PORTAL_DB_URL}, {@code PORTAL_ADMIN_PASSWORD}, ...).
 */
@ConfigurationProperties("portal")
public class PortalConfiguration {

    private Path dataDir = Path.of("data");
    private String dbUrl = "";
    private String dbUser = "";
    private String dbPassword = "";
    private String adminPassword = "";
    private Duration sessionTimeout = Duration.ofMinutes(30);
    private Duration visitorSessionTimeout = Duration.ofMinutes(5);
    private boolean demoData = true;
    private String trustedProxies = "";
    private String reportingKey = "";
    private String smtpHost = "";
    private String smtpPort = "";
    private String smtpUser = "";
    private String smtpPassword = "";
    private String smtpFrom = "";
    private String smtpTls = "";
    private Duration smtpPoll = Duration.ofSeconds(15);
    private String publicUrl = "";

    public Path getDataDir() {
        return dataDir;
    }

    public void setDataDir(Path dataDir) {
        this.dataDir = dataDir;
    }

    public String getDbUrl() {
        return dbUrl;
    }

    public void setDbUrl(String dbUrl) {
        this.dbUrl = dbUrl;
    }

    public String getDbUser() {
        return dbUser;
    }

    public void setDbUser(String dbUser) {
        this.dbUser = dbUser;
    }

    public String getDbPassword() {
        return dbPassword;
    }

    public void setDbPassword(String dbPassword) {
        this.dbPassword = dbPassword;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }

    public Duration getSessionTimeout() {
        return sessionTimeout;
    }

    public void setSessionTimeout(Duration sessionTimeout) {
        this.sessionTimeout = sessionTimeout;
    }

    /** How long a visitor's session outlives the last sign of its tab (heartbeats keep an open tab's). */
    public Duration getVisitorSessionTimeout() {
        return visitorSessionTimeout;
    }

    public void setVisitorSessionTimeout(Duration visitorSessionTimeout) {
        this.visitorSessionTimeout = visitorSessionTimeout;
    }

    /** Whether a portal with no lists yet gets the demonstration lists (marked as demo publications). */
    public boolean isDemoData() {
        return demoData;
    }

    public void setDemoData(boolean demoData) {
        this.demoData = demoData;
    }

    /**
     * Addresses of the reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
     * are believed, separated by commas; empty believes no one, so a client cannot claim HTTPS or
     * another address by sending the headers itself.
     */
    public String getTrustedProxies() {
        return trustedProxies;
    }

    public void setTrustedProxies(String trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /**
     * The secret that seals reporters' identities and hashes tracking PINs: 32 bytes in Base64. Empty
     * uses (and on first start creates) the key file {@link #reportingKeyFile()} instead. Never in the database.
     */
    public String getReportingKey() {
        return reportingKey;
    }

    public void setReportingKey(String reportingKey) {
        this.reportingKey = reportingKey;
    }

    /** The SMTP server of e-mail alerts ({@code PORTAL_SMTP_HOST}); empty: no alerts. */
    public String getSmtpHost() {
        return smtpHost;
    }

    public void setSmtpHost(String smtpHost) {
        this.smtpHost = smtpHost;
    }

    /** Its port; empty: 25, or 587 with STARTTLS, 465 with SSL. */
    public String getSmtpPort() {
        return smtpPort;
    }

    public void setSmtpPort(String smtpPort) {
        this.smtpPort = smtpPort;
    }

    public String getSmtpUser() {
        return smtpUser;
    }

    public void setSmtpUser(String smtpUser) {
        this.smtpUser = smtpUser;
    }

    public String getSmtpPassword() {
        return smtpPassword;
    }

    public void setSmtpPassword(String smtpPassword) {
        this.smtpPassword = smtpPassword;
    }

    /** The sender's address of the alerts; empty: the user if it is an address, else noreply@ the host. */
    public String getSmtpFrom() {
        return smtpFrom;
    }

    public void setSmtpFrom(String smtpFrom) {
        this.smtpFrom = smtpFrom;
    }

    /** Empty or {@code false}: plain SMTP; {@code true} (or {@code starttls}): STARTTLS required; {@code ssl}: TLS from the start. */
    public String getSmtpTls() {
        return smtpTls;
    }

    public void setSmtpTls(String smtpTls) {
        this.smtpTls = smtpTls;
    }

    /** How often the alert sender looks for due alerts. */
    public Duration getSmtpPoll() {
        return smtpPoll;
    }

    public void setSmtpPoll(Duration smtpPoll) {
        this.smtpPoll = smtpPoll;
    }

    /** The portal's public address ({@code PORTAL_PUBLIC_URL}) that e-mail alerts link to; empty: the address the reporter used. */
    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** Where the reporting key is kept when configuration gives none. */
    public Path reportingKeyFile() {
        return dataDir.toAbsolutePath().normalize().resolve("keys").resolve("reporting.key");
    }

    /** The configured database, or the embedded H2 file database in the data directory. */
    public String effectiveDbUrl() {
        if (dbUrl != null && !dbUrl.isBlank()) {
            return dbUrl;
        }
        Path file = dataDir.toAbsolutePath().normalize().resolve("portal");
        // WRITE_DELAY=0: H2 otherwise writes commits to its file up to a second later, and a kill -9 in that second lost
        // reports whose receipts had been shown (the load benchmark's intake figure counts them).
        return "jdbc:h2:file:" + file + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }
}
