package org.safetyportal.portal.ui.majorhazards;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.safetyportal.content.majorhazards.MajorHazard;

/** The parts of a listed hazard shown alike in the register, on its page, on the enterprise page and in the staff area. */
public final class HazardBadges {

    private HazardBadges() {
    }

    /** The current status, with an "overdue" badge when the deadline has passed unclosed. */
    public static Component status(MajorHazard hazard) {
        Div cell = new Div();
        cell.addClassName("hazard-status-cell");
        Span status = new Span(cell.getTranslation("hazards.status." + hazard.status().name()));
        status.addClassNames("hazard-status", "hazard-status-" + hazard.status().name().toLowerCase());
        cell.add(status);
        if (hazard.overdue()) {
            Span overdue = new Span(cell.getTranslation("hazards.overdue"));
            overdue.addClassName("hazard-overdue");
            cell.add(overdue);
        }
        return cell;
    }

    /** The register code, linking to the hazard's permalink with a full page load (reliable inside grids). */
    public static RouterLink permalink(MajorHazard hazard, String idPrefix) {
        RouterLink link = new RouterLink(hazard.registerCode(), MajorHazardView.class,
                new RouteParameters(MajorHazardView.CODE, hazard.registerCode()));
        link.setId(idPrefix + hazard.registerCode());
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }
}
