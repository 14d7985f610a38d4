package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.safetyportal.reporting.challenge.ChallengeAnswer;
import org.safetyportal.reporting.duplicates.SimilarCase;
import org.safetyportal.reporting.publiccases.PublicCase;

/**
 * Shown when the visitor sends a report and open cases of the same county and sector say much the same
 * in public: each case as the public sees it (number linked to its page, its public words, status and
 * date) with "this is the same — support it", and one "mine is different — send my report". A busy source
 * is asked the human check here before its support counts, as the form asks it before a report is sent.
 */
class SimilarCasesPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Paragraph error = new Paragraph();
    private final HumanCheckSlot humanCheckSlot = new HumanCheckSlot();

    /** {@code support} receives the public number of the case chosen; {@code different} sends the report as it is. */
    SimilarCasesPanel(List<SimilarCase> similar, ZoneId zone, Consumer<String> support, Runnable different) {
        setId("similar-cases");
        addClassName("similar-cases");
        getElement().setAttribute("role", "region");
        H2 heading = new H2(getTranslation("report.similar.heading"));
        heading.setId("similar-heading");
        getElement().setAttribute("aria-labelledby", "similar-heading");
        UnorderedList list = new UnorderedList();
        list.setId("similar-list");
        for (SimilarCase s : similar) {
            list.add(item(s.hazardCase(), zone, support));
        }
        error.setId("similar-error");
        error.addClassName("report-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button mine = new Button(getTranslation("report.similar.different"), click -> different.run());
        mine.setId("similar-different");
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, new Paragraph(getTranslation("report.similar.intro")), list, humanCheckSlot, error, mine);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /** Asks for the human check (a new one after a wrong answer) before the support is sent again. */
    void askHumanCheck(HumanCheckPanel panel, String message) {
        showError(message);
        humanCheckSlot.ask(panel);
    }

    /** The answer to the human check shown, if one is. */
    ChallengeAnswer humanCheckAnswer() {
        return humanCheckSlot.answer();
    }

    private ListItem item(PublicCase c, ZoneId zone, Consumer<String> support) {
        Anchor number = new Anchor("cases/" + c.number(), c.number());
        number.setId("similar-link-" + c.number());
        Span facts = new Span(getTranslation("report.similar.facts", getTranslation("case.status." + c.status()),
                getTranslation("report.similar.received", DAY.format(c.receivedAt().atZone(zone)))));
        Paragraph summary = new Paragraph(c.publicSummary());
        summary.addClassName("similar-summary");
        Button same = new Button(getTranslation("report.similar.same"), click -> support.accept(c.number()));
        same.setId("similar-support-" + c.number());
        ListItem item = new ListItem(new Div(number, facts), summary, same);
        item.setId("similar-case-" + c.number());
        item.addClassName("similar-case");
        return item;
    }
}
