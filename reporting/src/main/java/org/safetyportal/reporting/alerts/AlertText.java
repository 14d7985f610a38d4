package org.safetyportal.reporting.alerts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safetyportal.i18n.Messages;
import org.safetyportal.reporting.cases.CaseEvent;
import org.safetyportal.reporting.cases.HazardCase;

/**
 * The words of one alert, in the reporter's language: which report (its tracking code), what was done,
 * the status it is in now, the department, the outcome and deadline if any, the public note, and the
 * tracking address ({@code /track?code=…}), which asks for the PIN. Never the PIN, the reporter's own
 * words or who on the staff took the step.
 */
public record AlertText(String subject, String body) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static AlertText of(HazardCase hazardCase, CaseEvent step, Locale language, String site, ZoneId zone) {
        String status = Messages.get(language, "case.status." + step.statusAfter());
        String code = hazardCase.trackingCode();
        String subject = Messages.get(language, "alerts.mail.subject", code, status);
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get(language, "alerts.mail.greeting"));
        lines.add("");
        lines.add(Messages.get(language, "alerts.mail.step", code, Messages.get(language, "case.action." + step.action()),
                WHEN.format(step.occurredAt().atZone(zone))));
        lines.add(Messages.get(language, "alerts.mail.status", status));
        lines.add(Messages.get(language, "alerts.mail.department", step.department().name().in(language)));
        if (step.outcome() != null) {
            lines.add(Messages.get(language, "alerts.mail.outcome", Messages.get(language, "case.outcome." + step.outcome())));
        }
        if (step.deadline() != null) {
            lines.add(Messages.get(language, "alerts.mail.deadline", step.deadline().toString()));
        }
        if (step.publicNote() != null) {
            lines.add(Messages.get(language, "alerts.mail.note", step.publicNote()));
        }
        lines.add("");
        lines.add(Messages.get(language, "alerts.mail.track", trackingAddress(site, code)));
        lines.add("");
        lines.add(Messages.get(language, "alerts.mail.footer"));
        return new AlertText(subject, String.join("\r\n", lines) + "\r\n");
    }

    /** The tracking page with the code filled in; the PIN is the reporter's to type. */
    public static String trackingAddress(String site, String trackingCode) {
        return site + "/track?code=" + URLEncoder.encode(trackingCode, StandardCharsets.UTF_8);
    }
}
