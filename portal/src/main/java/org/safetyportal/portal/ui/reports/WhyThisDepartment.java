package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.reporting.cases.RoutingBasis;
import org.safetyportal.reporting.routing.RoutingRule;

/**
 * "Why this department": the rule that placed a report and, when a published 责任清单 decided it, a
 * link to the item as that version holds it, so the reporter can read the duty that was relied on.
 */
public class WhyThisDepartment extends Div {

    public WhyThisDepartment(Sector sector, Area county, Department routed, RoutingRule rule, RoutingBasis basis) {
        setId("why-department");
        addClassName("why-department");
        add(new Paragraph(getTranslation("report.why." + rule.name(), routed.name().in(getLocale()),
                sector.name().in(getLocale()), county.name().in(getLocale()))));
        if (basis != null) {
            // The item exactly as the version relied on holds it (the permalink of ListItemVersionView).
            Anchor item = new Anchor("lists/version/" + basis.versionId() + "/items/"
                    + URLEncoder.encode(basis.itemCode(), StandardCharsets.UTF_8).replace("+", "%20"),
                    getTranslation("report.why.item", basis.itemCode(), basis.versionNo()));
            item.getElement().setAttribute("router-link", true);
            item.setId("why-department-item");
            add(item);
        }
    }
}
