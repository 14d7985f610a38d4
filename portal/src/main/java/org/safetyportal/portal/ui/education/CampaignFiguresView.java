package org.safetyportal.portal.ui.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.figures.CampaignFigures;
import org.safetyportal.content.education.figures.FigureCell;
import org.safetyportal.content.education.figures.PublicCampaignFigures;
import org.safetyportal.content.education.figures.PublicCampaignFigures.CampaignStanding;
import org.safetyportal.content.education.lessons.Audience;
import org.safetyportal.content.education.lessons.EducationReference;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.portal.ui.readers.PublicCredit;

/**
 * The campaign calendar with each campaign's published participation ({@code /education/campaigns}), and one
 * campaign's newest published figures ({@code /education/campaigns/{code}}): sessions held, participants and pass
 * rate, in all, by county and by kind of audience. Only published snapshots are shown, as stored: small cells
 * already say "&lt;5", and no name is ever part of them. An unknown campaign code answers 404.
 */
@Route(value = "education/campaigns/:" + CampaignFiguresView.CODE + "?")
@AnonymousAllowed
@Prototype
public class CampaignFiguresView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PublicCampaignFigures figures;
    private final EducationReference reference;
    private final OrganizationDirectory directory;
    private final CityClock clock;
    private String title;

    CampaignFiguresView(PublicCampaignFigures figures, EducationReference reference, OrganizationDirectory directory,
            CityClock clock) {
        this.figures = figures;
        this.reference = reference;
        this.directory = directory;
        this.clock = clock;
        addClassName("campaign-figures-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> code = event.getRouteParameters().get(CODE);
        if (code.isEmpty()) {
            calendar();
            return;
        }
        Optional<CampaignStanding> standing = figures.campaign(code.get());
        if (standing.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        campaign(standing.get());
    }

    private void calendar() {
        title = getTranslation("education.figures.title");
        H1 heading = new H1(title);
        heading.setId("section-heading");
        add(heading, new Paragraph(getTranslation("education.figures.purpose")));
        for (CampaignStanding standing : figures.campaigns()) {
            String code = standing.campaign().code();
            Div card = new Div(new H2(standing.campaign().name().in(getLocale())), dates(standing));
            card.setId("figures-campaign-" + code);
            card.addClassName("inspection-card");
            standing.figures().flatMap(CampaignFigures::total).ifPresentOrElse(total -> {
                Paragraph summary = new Paragraph(summary(standing.figures().get(), total));
                summary.setId("figures-summary-" + code);
                card.add(summary, new RouterLink(getTranslation("education.figures.open"), CampaignFiguresView.class,
                        new RouteParameters(CODE, code)));
            }, () -> card.add(new Paragraph(getTranslation("education.figures.none"))));
            add(card);
        }
    }

    private Paragraph dates(CampaignStanding standing) {
        String key = standing.begun() ? "education.figures.running" : "education.figures.next";
        Paragraph dates = new Paragraph(getTranslation(key, standing.dates().starts().toString(),
                standing.dates().ends().toString()));
        dates.addClassName("figures-dates");
        return dates;
    }

    private String summary(CampaignFigures snapshot, FigureCell total) {
        return getTranslation("education.figures.summary", snapshot.starts().toString(), snapshot.ends().toString(),
                total.sessions(), participants(total), passRate(total));
    }

    private void campaign(CampaignStanding standing) {
        title = standing.campaign().name().in(getLocale());
        H1 heading = new H1(title);
        heading.setId("figures-heading");
        add(heading, dates(standing));
        if (standing.figures().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("education.figures.none"));
            none.setId("figures-none");
            add(none);
        } else {
            CampaignFigures snapshot = standing.figures().get();
            Paragraph published = new Paragraph(getTranslation("education.figures.published",
                    snapshot.starts().toString(), snapshot.ends().toString(),
                    MINUTE.format(clock.at(snapshot.publishedAt()))));
            published.setId("figures-published");
            add(published, PublicCredit.ledgerLink(this, snapshot.ledgerSubject()));
            add(new H2(getTranslation("education.figures.in.total")),
                    table("figures-total", List.of(snapshot.total().orElseThrow()), cell -> getTranslation("education.figures.all")));
            add(new H2(getTranslation("education.figures.in.county")), table("figures-county", snapshot.byCounty(),
                    cell -> directory.area(cell.key()).map(Area::name).map(n -> n.in(getLocale())).orElse(cell.key())));
            add(new H2(getTranslation("education.figures.in.audience")), table("figures-audience", snapshot.byAudience(),
                    cell -> reference.audience(cell.key()).map(Audience::name).map(n -> n.in(getLocale())).orElse(cell.key())));
        }
        add(new Paragraph(getTranslation("education.figures.suppression")));
        add(new RouterLink(getTranslation("education.figures.back"), CampaignFiguresView.class));
    }

    private Component table(String id, List<FigureCell> cells, Function<FigureCell, String> nameOf) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("statistics-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell();
        head.addHeaderCell().setText(getTranslation("education.figures.sessions"));
        head.addHeaderCell().setText(getTranslation("education.figures.participants"));
        head.addHeaderCell().setText(getTranslation("education.figures.passRate"));
        for (FigureCell cell : cells) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(nameOf.apply(cell));
            row.addDataCell().setText(Integer.toString(cell.sessions()));
            row.addDataCell().setText(participants(cell));
            row.addDataCell().setText(passRate(cell));
        }
        return table;
    }

    private String participants(FigureCell cell) {
        return cell.suppressed() ? getTranslation("education.figures.fewerThanFive") : Integer.toString(cell.participants());
    }

    private String passRate(FigureCell cell) {
        return cell.passRate() == null ? getTranslation("education.figures.noRate") : cell.passRate() + " %";
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("education.figures.title") : title) + " · " + getTranslation("app.title");
    }
}
