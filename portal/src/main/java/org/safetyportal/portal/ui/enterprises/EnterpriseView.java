package org.safetyportal.portal.ui.enterprises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import org.safetyportal.content.blacklist.BlacklistEntry;
import org.safetyportal.content.blacklist.BlacklistRegister;
import org.safetyportal.content.majorhazards.MajorHazard;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.portal.ui.blacklist.BlacklistDetails;
import org.safetyportal.portal.ui.blacklist.BlacklistEntryView;
import org.safetyportal.portal.ui.inspections.InspectionCells;
import org.safetyportal.portal.ui.inspections.InspectionsView;
import org.safetyportal.portal.ui.majorhazards.HazardBadges;

/**
 * One enterprise's page (OSHA's establishment view): everything published under its unified social
 * credit code. Its entries on the dishonesty blacklist (current and history) and its listed major
 * hazards come first, then every inspection result, newest first.
 */
@Route(value = "enterprises/:" + EnterpriseView.CREDIT_CODE)
@AnonymousAllowed
@Prototype
public class EnterpriseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CREDIT_CODE = "creditCode";

    private final InspectionRegister register;
    private final BlacklistRegister blacklist;
    private final MajorHazardRegister hazards;
    private String enterpriseName;

    EnterpriseView(InspectionRegister register, BlacklistRegister blacklist, MajorHazardRegister hazards) {
        this.register = register;
        this.blacklist = blacklist;
        this.hazards = hazards;
        addClassName("enterprise-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String creditCode = event.getRouteParameters().get(CREDIT_CODE).orElse("");
        List<InspectionRecord> records = register.byCreditCode(creditCode);
        List<BlacklistEntry> listings = blacklist.byCreditCode(creditCode);
        List<MajorHazard> listed = hazards.byCreditCode(creditCode);
        if (records.isEmpty() && listings.isEmpty() && listed.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        enterpriseName = !records.isEmpty() ? records.get(0).enterpriseName()
                : !listings.isEmpty() ? listings.get(0).enterpriseName() : listed.get(0).enterpriseName();
        removeAll();
        H1 heading = new H1(enterpriseName);
        heading.setId("enterprise-heading");
        Paragraph code = new Paragraph(getTranslation("inspections.enterprise.creditCode", creditCode));
        code.setId("enterprise-credit-code");
        add(heading, code);
        if (!listings.isEmpty()) {
            add(createBlacklist(listings));
        }
        if (!listed.isEmpty()) {
            add(createHazards(listed));
        }
        Paragraph count = new Paragraph(getTranslation("inspections.enterprise.count", records.size()));
        count.setId("enterprise-count");
        RouterLink back = new RouterLink(getTranslation("inspections.enterprise.back"), InspectionsView.class);
        back.setId("enterprise-back");
        Div list = new Div();
        list.setId("enterprise-records");
        records.forEach(record -> list.add(card(record)));
        add(count, back, list);
    }

    private Component createHazards(List<MajorHazard> listed) {
        Div section = new Div(new H2(getTranslation("hazards.enterprise.title", listed.size())));
        section.setId("enterprise-hazards");
        for (MajorHazard hazard : listed) {
            Div card = new Div(HazardBadges.permalink(hazard, "enterprise-hazard-"), new Paragraph(hazard.description()),
                    new Paragraph(getTranslation("hazards.enterprise.dates", hazard.listingDate().toString(),
                            hazard.deadline().toString(), hazard.department().name().in(getLocale()))),
                    HazardBadges.status(hazard));
            card.addClassName("inspection-card");
            section.add(card);
        }
        return section;
    }

    private Component createBlacklist(List<BlacklistEntry> listings) {
        Div section = new Div(new H2(getTranslation("blacklist.enterprise.heading")));
        section.setId("enterprise-blacklist");
        section.addClassName("enterprise-blacklist");
        listings.forEach(entry -> {
            RouterLink permalink = new RouterLink(entry.department().name().in(getLocale()) + " · " + entry.decisionNo(),
                    BlacklistEntryView.class, BlacklistEntryView.parameters(entry.id()));
            permalink.setId("enterprise-blacklist-" + entry.id());
            Div card = new Div(permalink, new BlacklistDetails(entry, blacklist.today()));
            card.addClassName("blacklist-card");
            section.add(card);
        });
        return section;
    }

    @Override
    public String getPageTitle() {
        return (enterpriseName == null ? getTranslation("section.inspections.title") : enterpriseName)
                + " · " + getTranslation("app.title");
    }

    private Component card(InspectionRecord record) {
        InspectionCells cells = new InspectionCells(record, getLocale());
        H2 title = new H2(record.inspectionDate() + " · " + getTranslation("inspections.kind." + record.kind().name()));
        Div card = new Div(title,
                line("inspections.column.record", new Span(record.recordCode())),
                line("inspections.column.department", new Span(record.department().name().in(getLocale()))),
                line("inspections.column.county", cells.county()),
                line("inspections.column.sector", new Span(record.sector().name().in(getLocale()))),
                line("inspections.column.findings", new Span(record.findings())));
        if (record.violationDescription() != null) {
            card.add(new Paragraph(getTranslation("inspections.violation", record.violationDescription(),
                    record.violationBasis() == null ? "" : record.violationBasis())));
        }
        card.add(line("inspections.column.measures", cells.measures()),
                line("inspections.column.rectification", cells.rectification()));
        card.setId("record-" + record.recordCode());
        card.addClassName("inspection-card");
        return card;
    }

    private Div line(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("inspection-label");
        Div line = new Div(label, value);
        line.addClassName("inspection-line");
        return line;
    }
}
