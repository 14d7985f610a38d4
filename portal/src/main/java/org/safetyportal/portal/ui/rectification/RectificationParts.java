package org.safetyportal.portal.ui.rectification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.safetyportal.content.rectification.AccountabilityDecision;
import org.safetyportal.content.rectification.RectificationProblem;

/**
 * The parts of the 问题整改清单 and the 追责问责清单 shown alike on their lists, on each other's pages and on
 * the page of a listed major hazard: permalinks (full page loads, reliable inside grids), the status with
 * its overdue badge, and the sections of linked entries.
 */
public final class RectificationParts {

    private RectificationParts() {
    }

    public static RouterLink problemLink(String problemCode, String idPrefix) {
        RouterLink link = new RouterLink(problemCode, ProblemView.class, new RouteParameters(ProblemView.CODE, problemCode));
        link.setId(idPrefix + problemCode);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    public static RouterLink decisionLink(String decisionCode, String idPrefix) {
        RouterLink link = new RouterLink(decisionCode, AccountabilityView.class,
                new RouteParameters(AccountabilityView.CODE, decisionCode));
        link.setId(idPrefix + decisionCode);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    /** A link to another register's permalink ({@code /hazards/}, {@code /inspections/}, {@code /oversight/}) with a full page load. */
    public static Anchor pageLink(String base, String code, String id) {
        Anchor link = new Anchor(base + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20"), code);
        link.setId(id);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    /** A link to one of the other lists of the notice's item 9, with id {@code see-<name>}. */
    public static Anchor seeAlso(Component owner, String path, String name) {
        Anchor link = new Anchor(path, owner.getTranslation("rectification.seeAlso." + name));
        link.setId("see-" + name);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    /** The status of the rectification, with an "overdue" badge when the deadline has passed unrectified. */
    public static Component status(RectificationProblem problem) {
        Div cell = new Div();
        cell.addClassName("hazard-status-cell");
        Span status = new Span(cell.getTranslation("rectification.status." + problem.status().name()));
        status.addClassNames("hazard-status", "rectification-status-" + problem.status().name().toLowerCase());
        cell.add(status);
        if (problem.overdue()) {
            Span overdue = new Span(cell.getTranslation("rectification.overdue"));
            overdue.addClassName("hazard-overdue");
            cell.add(overdue);
        }
        return cell;
    }

    /** A titled section listing the problems linked to an entry, or saying there are none. */
    public static Component problems(String id, List<RectificationProblem> problems) {
        Div section = new Div();
        section.setId(id);
        section.add(new H2(section.getTranslation("rectification.linked.problems")));
        if (problems.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("rectification.linked.noProblems")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (RectificationProblem p : problems) {
            list.add(new ListItem(problemLink(p.problemCode(), id + "-"), new Span(section.getTranslation(
                    "rectification.linked.problem", p.description(), p.deadline().toString(),
                    section.getTranslation("rectification.status." + p.status().name())))));
        }
        section.add(list);
        return section;
    }

    /** A titled section listing the accountability decisions linked to an entry, or saying there are none. */
    public static Component decisions(String id, List<AccountabilityDecision> decisions) {
        Div section = new Div();
        section.setId(id);
        section.add(new H2(section.getTranslation("rectification.linked.decisions")));
        if (decisions.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("rectification.linked.noDecisions")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (AccountabilityDecision d : decisions) {
            list.add(new ListItem(decisionLink(d.decisionCode(), id + "-"), new Span(section.getTranslation(
                    "rectification.linked.decision", d.heldUnit(), d.heldPost(),
                    section.getTranslation("accountability.measure." + d.measure().name()), d.decidedBy(),
                    d.decisionDate().toString()))));
        }
        section.add(list);
        return section;
    }

    /** A labelled line of a record's facts, styled as the other registers' pages. */
    static Div line(Component owner, String labelKey, Component value) {
        Span label = new Span(owner.getTranslation(labelKey));
        label.addClassName("inspection-label");
        Div line = new Div(label, value);
        line.addClassName("inspection-line");
        return line;
    }
}
