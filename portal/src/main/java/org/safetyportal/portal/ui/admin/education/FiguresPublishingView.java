package org.safetyportal.portal.ui.admin.education;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.figures.CampaignFigures;
import org.safetyportal.content.education.figures.CampaignFiguresPublishing;
import org.safetyportal.content.education.figures.PublicCampaignFigures;
import org.safetyportal.content.education.figures.PublicCampaignFigures.CampaignStanding;
import org.safetyportal.content.education.lessons.CampaignDates;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.education.CampaignFiguresView;
import org.safetyportal.portal.ui.navigation.PortalSection;

/**
 * Session leaders and education staff publish a campaign's figures: what the public page shows is only ever a
 * snapshot published here, through the ledger. One button per campaign publishes its newest holding that has begun.
 */
@Route(value = "admin/education/figures")
@PortalSection(title = "admin.education.figures.title", icon = VaadinIcon.BAR_CHART, order = 86,
        place = PortalSection.Place.STAFF_TOOLS, id = "tool-education-figures")
@RequiresPermission({Permissions.RUN_SESSIONS, Permissions.EDIT_LESSONS})
@Prototype
public class FiguresPublishingView extends VerticalLayout implements HasDynamicTitle {

    private final CampaignFiguresPublishing publishing;
    private final PublicCampaignFigures figures;
    private final AccessControl accessControl;
    private final CityClock clock;
    private final Span message = new Span();
    private final Div campaigns = new Div();

    FiguresPublishingView(CampaignFiguresPublishing publishing, PublicCampaignFigures figures,
            AccessControl accessControl, CityClock clock) {
        this.publishing = publishing;
        this.figures = figures;
        this.accessControl = accessControl;
        this.clock = clock;
        addClassName("figures-publishing-view");
        message.setId("figures-message");
        add(new H1(getTranslation("admin.education.figures.title")),
                new Paragraph(getTranslation("admin.education.figures.purpose")), message, campaigns);
        show();
    }

    private void show() {
        campaigns.removeAll();
        for (CampaignStanding standing : figures.campaigns()) {
            String code = standing.campaign().code();
            CampaignDates held = CampaignFiguresPublishing.latestBegun(standing.campaign(), clock.today());
            Paragraph days = new Paragraph(getTranslation("admin.education.figures.holding", held.starts().toString(),
                    held.ends().toString()));
            Paragraph last = new Paragraph(standing.figures().map(f -> getTranslation("admin.education.figures.last",
                    f.starts().toString(), SessionView.time(clock, f.publishedAt())))
                    .orElse(getTranslation("admin.education.figures.never")));
            last.setId("figures-last-" + code);
            Button publish = new Button(getTranslation("admin.education.figures.publish"), click -> publish(code));
            publish.setId("figures-publish-" + code);
            Div card = new Div(new H2(standing.campaign().name().in(getLocale())), days, last, publish);
            card.addClassName("inspection-card");
            campaigns.add(card);
        }
    }

    private void publish(String code) {
        message.removeAll();
        try {
            CampaignFigures published = publishing.publish(accessControl.actor(), code);
            message.setText(getTranslation("admin.education.figures.done", published.starts().toString()));
            RouterLink see = new RouterLink(getTranslation("admin.education.figures.see"), CampaignFiguresView.class,
                    new RouteParameters("code", code));
            see.getStyle().set("margin-inline-start", "0.5em");
            message.add(see);
        } catch (LocalizedException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.education.figures.title") + " · " + getTranslation("app.title");
    }
}
