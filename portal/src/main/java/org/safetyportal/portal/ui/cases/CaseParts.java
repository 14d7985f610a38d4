package org.safetyportal.portal.ui.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.safetyportal.reporting.publiccases.PublicCase;

/** What the register, the case page and the statistics say the same way: the permalink, the status, the clock. */
final class CaseParts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private CaseParts() {
    }

    /** The case's public number, linking to its page with a full page load (reliable inside grids). */
    static RouterLink permalink(PublicCase c) {
        RouterLink link = new RouterLink(c.number(), PublicCaseView.class, new RouteParameters(PublicCaseView.NUMBER, c.number()));
        link.setId("case-link-" + c.number());
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    static String status(Component context, PublicCase c) {
        return context.getTranslation("case.status." + c.status());
    }

    /** By when the next decision is due; in red and in words once the day has passed. Empty text when closed. */
    static Span due(Component context, PublicCase c) {
        Span due = new Span(c.dueOf().map(d -> context.getTranslation("cases.due." + d.kind().name(), d.date().toString())
                + (d.overdue() ? " · " + context.getTranslation("cases.due.overdue") : "")).orElse(""));
        if (c.overdue()) {
            due.addClassName("case-overdue");
        }
        return due;
    }

    static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }
}
