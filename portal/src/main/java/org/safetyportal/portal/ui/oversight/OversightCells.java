package org.safetyportal.portal.ui.oversight;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Locale;
import org.safetyportal.content.oversight.OversightResult;

/** The parts of one oversight result that the register grid, the result page and a department page show alike. */
public class OversightCells {

    private final OversightResult result;
    private final Locale locale;
    private final Div translator = new Div();

    public OversightCells(OversightResult result, Locale locale) {
        this.result = result;
        this.locale = locale;
    }

    /** The inspected party, linking to the result's own page. */
    public RouterLink permalink() {
        RouterLink link = new RouterLink(result.inspectedParty().name().in(locale),
                OversightResultView.class, new RouteParameters(OversightResultView.CODE, result.resultCode()));
        link.setId("result-link-" + result.resultCode());
        link.addClassName("oversight-link");
        // Inside a grid the client-side router did not take the click; a full page load always does.
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    public String kind() {
        return translator.getTranslation("oversight.kind." + result.kind().name());
    }

    public String period() {
        return result.periodStart().equals(result.periodEnd()) ? result.periodStart().toString()
                : translator.getTranslation("oversight.period", result.periodStart().toString(), result.periodEnd().toString());
    }

    /** For an assessment its grade and score; empty otherwise. */
    public Component grade() {
        Div cell = new Div();
        if (result.grade() != null) {
            Span grade = new Span(translator.getTranslation("oversight.grade." + result.grade().name()));
            grade.addClassName("oversight-grade");
            cell.add(new Div(grade));
        }
        if (result.score() != null) {
            cell.add(new Div(new Span(translator.getTranslation("oversight.score", result.score()))));
        }
        return cell;
    }

    /** Where the rectification stands today, its deadline, and the late badges where they apply. */
    public Component rectification(LocalDate today) {
        Div cell = new Div();
        Span state = new Span(translator.getTranslation("oversight.rectification." + result.rectificationState(today).name()));
        state.addClassName("oversight-rectification");
        cell.add(new Div(state));
        if (result.rectificationDeadline() != null) {
            cell.add(new Div(new Span(translator.getTranslation("oversight.deadline", result.rectificationDeadline().toString()))));
        }
        if (result.reportedLate()) {
            cell.add(new Div(badge("oversight.reportedLate")));
        }
        if (result.publishedLate()) {
            cell.add(new Div(badge("oversight.late")));
        }
        return cell;
    }

    private Span badge(String key) {
        Span badge = new Span(translator.getTranslation(key));
        badge.addClassName("late-badge");
        return badge;
    }
}
