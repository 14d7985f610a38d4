package org.safetyportal.reporting.alerts;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one plain-text mail over SMTP (Jakarta Mail, Eclipse Angus) with the configured server, account
 * and TLS, with time limits so that a server that hangs cannot hold the sender. Its failures are
 * {@link MessagingException}s; their words may contain the address, so callers never log them as they are.
 */
@Singleton
public class SmtpMailer {

    static final int TIMEOUT_MILLIS = 15_000;

    private final MailSettings settings;

    public SmtpMailer(MailSettings settings) {
        this.settings = settings;
    }

    public void send(String to, AlertText text, Instant at) throws MessagingException {
        if (!settings.enabled()) {
            throw new MessagingException("No SMTP server is configured");
        }
        Session session = Session.getInstance(properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(text.subject(), StandardCharsets.UTF_8.name());
        message.setText(text.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(at));
        if (settings.authenticates()) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }

    private Properties properties() {
        String protocol = settings.security() == MailSettings.Security.SSL ? "smtps" : "smtp";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        properties.put("mail." + protocol + ".connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".writetimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".auth", Boolean.toString(settings.authenticates()));
        if (settings.security() == MailSettings.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() == MailSettings.Security.SSL) {
            properties.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
