package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.safetyportal.reporting.rewards.Money;
import org.safetyportal.reporting.tracking.PublicStep;
import org.safetyportal.reporting.tracking.TrackedCase;

/**
 * Where a tracked report stands: status, whether e-mail updates could not be delivered, handling department and why,
 * the reward, and every public step.
 */
class TrackedCasePanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId cityZone;

    TrackedCasePanel(TrackedCase tracked, ZoneId cityZone) {
        this.cityZone = cityZone;
        setId("tracked-case");
        addClassName("tracked-case");
        var locale = getLocale();
        Paragraph status = new Paragraph(getTranslation("track.status", getTranslation("case.status." + tracked.status())));
        status.setId("tracked-status");
        status.addClassName("tracked-status");
        add(new H2(getTranslation("track.result.title")), status);
        if (tracked.alertsUndelivered()) {
            Paragraph undelivered = new Paragraph(getTranslation("track.alerts.undelivered"));
            undelivered.setId("tracked-alerts-undelivered");
            undelivered.addClassName("report-error");
            undelivered.getElement().setAttribute("role", "status");
            add(undelivered);
        }
        if (tracked.outcome() != null) {
            Paragraph outcome = new Paragraph(getTranslation("case.outcome." + tracked.outcome()));
            outcome.setId("tracked-outcome");
            add(outcome);
        }
        tracked.expected().ifPresent(due -> {
            Paragraph expected = new Paragraph(getTranslation("cases.due." + due.kind().name(), due.date().toString()));
            expected.setId("tracked-expected");
            add(expected);
        });
        if (tracked.rectificationDeadline() != null) {
            add(new Paragraph(getTranslation("track.deadline", tracked.rectificationDeadline().toString())));
        }
        Paragraph where = new Paragraph(getTranslation("track.where", tracked.sector().name().in(locale),
                tracked.area().name().in(locale), tracked.townshipOf().map(t -> t.name().in(locale)).orElse(""),
                tracked.address()));
        Paragraph department = new Paragraph(getTranslation("track.department", tracked.department().name().in(locale)));
        department.setId("tracked-department");
        add(where, department, new WhyThisDepartment(tracked.sector(), tracked.area(), tracked.routedDepartment(),
                tracked.rule(), tracked.basis()));
        add(reward(tracked), new H2(getTranslation("track.history")), steps(tracked));
    }

    /** The reward (安监总财〔2018〕19号): only for a real-name report; an anonymous reporter is told why not. */
    private Div reward(TrackedCase tracked) {
        Div reward = new Div(new H2(getTranslation("track.reward.title")));
        reward.setId("tracked-reward");
        Paragraph status;
        if (!tracked.realName()) {
            status = new Paragraph(getTranslation("track.reward.anonymous"));
        } else {
            status = tracked.rewardOf().map(r -> new Paragraph(getTranslation("track.reward", Money.yuan(r.rewardFen()),
                    getTranslation("rewards.stage." + r.stage())))).orElseGet(() -> new Paragraph(getTranslation("track.reward.none")));
            tracked.rewardOf().filter(r -> r.paidOn() != null).ifPresent(r -> reward.add(new Paragraph(
                    getTranslation("track.reward.paidOn", r.paidOn().toString()))));
        }
        status.setId("tracked-reward-status");
        reward.addComponentAtIndex(1, status);
        return reward;
    }

    private OrderedList steps(TrackedCase tracked) {
        OrderedList steps = new OrderedList();
        steps.setId("tracked-steps");
        for (PublicStep step : tracked.steps()) {
            ListItem item = new ListItem(new Span(when(step.at()) + " · " + getTranslation("case.action." + step.action())
                    + " · " + step.department().name().in(getLocale())));
            if (step.deadline() != null) {
                item.add(new Paragraph(getTranslation("track.deadline", step.deadline().toString())));
            }
            if (step.publicNote() != null) {
                Paragraph note = new Paragraph(step.publicNote());
                note.addClassName("tracked-note");
                item.add(note);
            }
            steps.add(item);
        }
        return steps;
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(cityZone));
    }
}
