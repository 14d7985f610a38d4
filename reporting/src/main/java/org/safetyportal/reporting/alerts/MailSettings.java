package org.safetyportal.reporting.alerts;

import java.util.Locale;

/**
 * The SMTP server that e-mail alerts go through ({@code PORTAL_SMTP_*}), as the host hands it to this
 * module. No host: no alerts at all, the report form does not offer an email and nothing is queued.
 * {@code security} is {@link Security#NONE}, {@link Security#STARTTLS} (required) or {@link Security#SSL}
 * (TLS from the first byte, "smtps"). {@code publicSite} ({@code PORTAL_PUBLIC_URL}), when set, is the
 * portal's address that alerts link to, whatever address a visitor reached it by (a forged Host header
 * then cannot put another site's link into a mail the portal sends). Its text form never shows the password.
 */
public record MailSettings(String host, int port, String user, String password, String from, Security security,
        String publicSite) {

    public enum Security { NONE, STARTTLS, SSL }

    public MailSettings {
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
        from = from == null || from.isBlank() ? defaultFrom(user, host) : from.strip();
        security = security == null ? Security.NONE : security;
        publicSite = publicSite == null ? "" : publicSite.strip();
    }

    /** No SMTP server: alerts are off. */
    public static MailSettings none() {
        return new MailSettings("", 25, "", "", "", Security.NONE, "");
    }

    /**
     * From configuration text: the port may be empty (25, 587 with STARTTLS, 465 with SSL); {@code tls} is
     * empty or {@code false} (none), {@code true} or {@code starttls}, or {@code ssl}.
     */
    public static MailSettings of(String host, String port, String user, String password, String from, String tls) {
        return of(host, port, user, password, from, tls, "");
    }

    /** As {@link #of(String, String, String, String, String, String)}, alerts linking to {@code publicSite} if not empty. */
    public static MailSettings of(String host, String port, String user, String password, String from, String tls,
            String publicSite) {
        Security security = security(tls);
        int number;
        if (port == null || port.isBlank()) {
            number = switch (security) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case SSL -> 465;
            };
        } else {
            try {
                number = Integer.parseInt(port.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("PORTAL_SMTP_PORT must be a port number, not \"" + port + "\"");
            }
        }
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException("PORTAL_SMTP_PORT must be between 1 and 65535");
        }
        return new MailSettings(host, number, user, password, from, security, publicSite);
    }

    public boolean enabled() {
        return !host.isEmpty();
    }

    public boolean authenticates() {
        return !user.isEmpty();
    }

    private static Security security(String tls) {
        String value = tls == null ? "" : tls.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "false", "no", "none" -> Security.NONE;
            case "true", "yes", "starttls" -> Security.STARTTLS;
            case "ssl", "smtps" -> Security.SSL;
            default -> throw new IllegalArgumentException("PORTAL_SMTP_TLS must be empty, false, true (STARTTLS) or ssl, not \""
                    + tls + "\"");
        };
    }

    private static String defaultFrom(String user, String host) {
        if (user != null && user.contains("@")) {
            return user;
        }
        return "noreply@" + (host == null || host.isBlank() ? "localhost" : host.strip());
    }

    @Override
    public String toString() {
        return "MailSettings[" + (enabled() ? host + ":" + port + " " + security + (authenticates() ? " as " + user : "") : "off")
                + "]";
    }
}
