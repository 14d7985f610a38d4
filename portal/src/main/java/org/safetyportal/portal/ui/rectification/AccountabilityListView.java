package org.safetyportal.portal.ui.rectification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.Arrays;
import java.util.List;
import org.safetyportal.content.rectification.AccountabilityDecision;
import org.safetyportal.content.rectification.AccountabilityExports;
import org.safetyportal.content.rectification.AccountabilityFilter;
import org.safetyportal.content.rectification.AccountabilityMeasure;
import org.safetyportal.content.rectification.AccountabilityRegister;
import org.safetyportal.portal.ui.filters.FilterAddress;
import org.safetyportal.portal.ui.filters.FilterSelect;
import org.safetyportal.portal.ui.filters.FilteredResults;
import org.safetyportal.portal.ui.filters.FilteredDownloads;
import org.safetyportal.portal.ui.navigation.PortalSection;

/**
 * 追责问责清单: who was held to account (a unit and a post, never a name), with which measure, by which
 * authority and when, for which problem or major hazard; newest first, narrowed by measure in the address
 * ({@code /accountability?measure=INTERVIEW}).
 */
@Route(value = AccountabilityListView.ROUTE)
@AnonymousAllowed
@PortalSection(title = "nav.accountability", icon = VaadinIcon.GAVEL, order = 52)
@Prototype
public class AccountabilityListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "accountability";
    static final String API = "/api/v1/accountability";

    private final AccountabilityRegister register;
    private final AccountabilityExports exports;
    private final FilteredDownloads downloads = new FilteredDownloads("accountability", API, "exports.download.");
    private final Select<String> measure = new Select<>();
    private final Grid<AccountabilityDecision> grid = new Grid<>();
    private final FilteredResults<AccountabilityDecision> results = new FilteredResults<>("decisions", "accountability.count");
    private final FilterAddress address = new FilterAddress(ROUTE, this::changed);

    AccountabilityListView(AccountabilityRegister register, AccountabilityExports exports) {
        this.register = register;
        this.exports = exports;
        addClassName("accountability-list-view");
        H1 heading = new H1(getTranslation("accountability.title"));
        heading.setId("section-heading");
        Anchor api = new Anchor(API, getTranslation("accountability.openData"));
        api.getElement().setAttribute("router-ignore", true);
        Div seeAlso = new Div(RectificationParts.seeAlso(this, "/hazards", "hazards"),
                RectificationParts.seeAlso(this, "/rectification", "rectification"));
        seeAlso.addClassName("inspections-filters");
        add(heading, new Paragraph(getTranslation("accountability.purpose")), seeAlso, createFilters(), results,
                downloads, configureGrid(), api);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ignored = address.enter(event);
        refresh(filter());
        if (!ignored.isEmpty()) {
            results.notice(FilterAddress.notice(this, ignored));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accountability.title") + " · " + getTranslation("app.title");
    }

    private Component createFilters() {
        List<String> measures = Arrays.stream(AccountabilityMeasure.values()).map(Enum::name).toList();
        FilterSelect.configure(measure, "measure", getTranslation("accountability.filter.measure"),
                getTranslation("accountability.filter.allMeasures"), measures, m -> getTranslation("accountability.measure." + m));
        address.choice("measure", measure, measure.getLabel(), measures, m -> m);
        Div filters = new Div(measure);
        filters.addClassName("inspections-filters");
        return filters;
    }

    private Grid<AccountabilityDecision> configureGrid() {
        grid.setId("decisions-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(d -> RectificationParts.decisionLink(d.decisionCode(), "decision-link-"))
                .setHeader(getTranslation("accountability.field.decisionCode")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AccountabilityDecision::heldUnit).setHeader(getTranslation("accountability.field.heldUnit")).setWidth("11em").setFlexGrow(2);
        grid.addColumn(AccountabilityDecision::heldPost).setHeader(getTranslation("accountability.field.heldPost")).setWidth("8em");
        grid.addColumn(d -> getTranslation("accountability.measure." + d.measure().name()))
                .setHeader(getTranslation("accountability.field.measure")).setAutoWidth(true);
        grid.addColumn(AccountabilityDecision::reason).setHeader(getTranslation("accountability.field.reason")).setWidth("14em").setFlexGrow(3);
        grid.addColumn(AccountabilityDecision::decidedBy).setHeader(getTranslation("accountability.field.decidedBy")).setWidth("9em");
        grid.addColumn(d -> d.decisionDate().toString()).setHeader(getTranslation("accountability.field.decisionDate")).setAutoWidth(true);
        grid.setWidthFull();
        grid.setHeight("70vh");
        return grid;
    }

    private AccountabilityFilter filter() {
        return new AccountabilityFilter(measure.getValue());
    }

    private void changed() {
        AccountabilityFilter filter = filter();
        refresh(filter);
        address.show(this, exports.parameters(filter));
    }

    private void refresh(AccountabilityFilter filter) {
        downloads.show(exports.parameters(filter));
        results.show(grid, () -> register.count(filter), (offset, limit) -> register.search(filter, offset, limit));
    }
}
