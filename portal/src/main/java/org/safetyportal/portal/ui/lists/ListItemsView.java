package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.safetyportal.content.lists.ItemPermalinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.lists.ItemFilter;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.PowerType;
import org.safetyportal.content.lists.PublishedItem;
import org.safetyportal.content.lists.PublishedItems;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.filters.FilterAddress;
import org.safetyportal.portal.ui.filters.FilterSelect;

/**
 * The items of every list in force, narrowed by department, list type, power type, sector, area, year
 * and effective dates. The filter lives in the address ({@code /lists/items?listType=RESPONSIBILITY&sector=GAS}),
 * so a filtered view can be cited and reopened; the downloads hold exactly the filtered items.
 */
@Route(value = "lists/items")
@AnonymousAllowed
@Prototype
public class ListItemsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "lists/items";

    private final PublishedItems items;
    private final Select<Department> department = new Select<>();
    private final Select<ListType> listType = new Select<>();
    private final Select<PowerType> powerType = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final Select<Area> area = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<PublishedItem> grid = new Grid<>();
    private final Span count = new Span();
    private final Span error = new Span();
    private final Div downloads = new Div();
    private boolean reading;

    ListItemsView(PublishedItems items, ListCatalogue catalogue, OrganizationDirectory organization) {
        this.items = items;
        addClassName("list-items-view");
        H1 heading = new H1(getTranslation("lists.items.title"));
        heading.setId("section-heading");
        add(heading, new Paragraph(getTranslation("lists.items.purpose")), createFilters(catalogue.current(), organization),
                createSummary(), configureGrid());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            ItemFilter filter = ItemFilter.parse(FilterAddress.parametersOf(event.getLocation()));
            fill(filter);
            refresh(filter);
        } catch (ValidationException refused) {
            refuse(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lists.items.title") + " · " + getTranslation("app.title");
    }

    private Component createFilters(List<ListVersion> inForce, OrganizationDirectory organization) {
        List<Department> departments = inForce.stream().map(ListVersion::department).distinct().toList();
        configure(department, "department", departments, d -> d.name().in(getLocale()));
        configure(listType, "listType", List.of(ListType.values()), t -> getTranslation("lists.type." + t.name()));
        configure(powerType, "powerType", List.of(PowerType.values()), t -> getTranslation("lists.powerType." + t.name()));
        configure(sector, "sector", organization.sectors(), s -> s.name().in(getLocale()));
        configure(area, "area", organization.areas(), a -> a.name().in(getLocale()));
        configure(year, "year", inForce.stream().filter(v -> v.type().isAnnual()).map(ListVersion::year).distinct().sorted().toList(),
                String::valueOf);
        for (DatePicker date : List.of(from, to)) {
            String name = date == from ? ItemFilter.FROM : ItemFilter.TO;
            date.setId("filter-" + name);
            date.setLabel(getTranslation("lists.items.filter." + name));
            date.addValueChangeListener(e -> changed());
        }
        Div filters = new Div(department, listType, powerType, sector, area, year, from, to);
        filters.addClassName("list-items-filters");
        return filters;
    }

    private <T> void configure(Select<T> select, String name, List<T> values, Function<T, String> label) {
        FilterSelect.configure(select, name, getTranslation("lists.items.filter." + name), getTranslation("lists.items.filter.any"),
                values, label);
        select.addValueChangeListener(e -> changed());
    }

    private Component createSummary() {
        count.setId("items-count");
        count.getElement().setAttribute("role", "status");
        error.setId("items-error");
        error.addClassName("form-error");
        downloads.setId("items-downloads");
        downloads.addClassName("export-links-row");
        return new Div(count, error, downloads);
    }

    private Grid<PublishedItem> configureGrid() {
        grid.setId("items-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(this::permalink).setHeader(getTranslation("lists.field.code")).setAutoWidth(true).setFlexGrow(0);
        text("lists.field.title", p -> p.item().title()).setFlexGrow(3);
        text("lists.items.column.department", p -> p.version().department().name().in(getLocale())).setFlexGrow(1);
        text("lists.items.column.listType", p -> getTranslation(p.version().titleKey())
                + (p.version().type().isAnnual() ? " " + p.version().year() : "")).setFlexGrow(1);
        text("lists.items.column.effectiveDate", p -> String.valueOf(p.version().effectiveDate())).setAutoWidth(true).setFlexGrow(0);
        grid.setWidthFull();
        grid.setHeight("60vh");
        return grid;
    }

    private Anchor permalink(PublishedItem item) {
        Anchor link = new Anchor(ItemPermalinks.inForce(item.version(), item.code()), item.code());
        link.addClassName("item-link");
        link.getElement().setAttribute("data-department", item.version().department().code());
        return link;
    }

    private Grid.Column<PublishedItem> text(String header, Function<PublishedItem, String> value) {
        return grid.addColumn(p -> Objects.toString(value.apply(p), "")).setHeader(getTranslation(header)).setResizable(true);
    }

    /** A filter chosen on the page: into the address (without a new history entry), then the results. */
    private void changed() {
        if (reading) {
            return;
        }
        ItemFilter filter = new ItemFilter(department.getValue() == null ? null : department.getValue().code(),
                listType.getValue(), powerType.getValue(), sector.getValue() == null ? null : sector.getValue().code(),
                area.getValue() == null ? null : area.getValue().code(), year.getValue(), from.getValue(), to.getValue());
        FilterAddress.replace(this, ROUTE, filter.parameters());
        refresh(filter);
    }

    /** Sets the fields from a filter read from the address, without reacting to the changes. */
    private void fill(ItemFilter filter) {
        reading = true;
        try {
            department.setValue(department.getListDataView().getItems()
                    .filter(d -> d.code().equals(filter.department())).findFirst().orElse(null));
            listType.setValue(filter.listType());
            powerType.setValue(filter.powerType());
            sector.setValue(sector.getListDataView().getItems().filter(s -> s.code().equals(filter.sector())).findFirst().orElse(null));
            area.setValue(area.getListDataView().getItems().filter(a -> a.code().equals(filter.area())).findFirst().orElse(null));
            year.setValue(year.getListDataView().getItems().filter(y -> y.equals(filter.year())).findFirst().orElse(null));
            from.setValue(filter.from());
            to.setValue(filter.to());
        } finally {
            reading = false;
        }
    }

    private void refresh(ItemFilter filter) {
        error.setText(null);
        try {
            long total = items.count(filter);
            count.setText(getTranslation("lists.items.count", total));
            grid.setItems(query -> items.find(filter, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) items.count(filter));
            showDownloads(filter);
        } catch (ValidationException refused) {
            refuse(refused);
        }
    }

    private void refuse(ValidationException refused) {
        error.setText(Messages.describe(getLocale(), refused));
        count.setText(getTranslation("lists.items.count", 0));
        grid.setItems(List.of());
        downloads.removeAll();
    }

    private void showDownloads(ItemFilter filter) {
        downloads.removeAll();
        String query = filter.query().isEmpty() ? "" : "?" + filter.query();
        Arrays.stream(ExportFormat.values()).forEach(format -> {
            Anchor download = new Anchor("/api/v1/lists/items/export." + format.extension() + query,
                    getTranslation("lists.items.download." + format.extension()));
            download.setDownload(true);
            download.setRouterIgnore(true);
            download.setId("items-export-" + format.extension());
            downloads.add(download);
        });
        Anchor api = new Anchor("/api/v1/lists/items" + query, getTranslation("lists.items.api"));
        api.setRouterIgnore(true);
        api.setId("items-api");
        downloads.add(api);
    }
}
