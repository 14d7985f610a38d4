package org.safetyportal.portal.ui.filters;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A public register's filter kept in the page's address, so that the filter shown is the filter in the
 * address and a journalist can paste the link ({@code /hazards?area=ZZ&status=OVERDUE}). The parameters
 * are the open-data API's, so the address, the downloads and the API name a filter the same way.
 * <p>
 * Entering the page sets each field from its parameter; a value that names no choice is ignored and
 * named in a notice, never an error page. A choice made on the page goes into the address without a new
 * history entry. The no-JS readers' copy is written after the navigation, so it shows the same rows.
 */
public final class FilterAddress {

    private final String route;
    private final Runnable onChange;
    private final List<Parameter> parameters = new ArrayList<>();
    private boolean reading;

    /** {@code onChange} runs when a visitor changes a field, not while the address is being read. */
    public FilterAddress(String route, Runnable onChange) {
        this.route = route;
        this.onChange = onChange;
    }

    /** The first value of each parameter of an address; blank values count as absent. */
    public static Map<String, String> parametersOf(Location location) {
        Map<String, String> found = new LinkedHashMap<>();
        location.getQueryParameters().getParameters().forEach((name, values) -> {
            if (!values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
                found.put(name, values.get(0).strip());
            }
        });
        return found;
    }

    /** Puts the filter into the address bar of the page's tab, replacing the current history entry. */
    public static void replace(Component page, String route, Map<String, String> parameters) {
        page.getUI().ifPresent(ui -> replace(ui, route, parameters));
    }

    private static void replace(UI ui, String route, Map<String, String> parameters) {
        ui.getPage().getHistory().replaceState(null, new Location(route, QueryParameters.simple(parameters)));
    }

    /** A field whose value is one of {@code choices}, named in the address by {@code codeOf} (any case). */
    public <T> FilterAddress choice(String name, HasValue<?, T> field, String label, Collection<T> choices,
            Function<T, String> codeOf) {
        return field(name, field, label, code -> choices.stream().filter(c -> codeOf.apply(c).equalsIgnoreCase(code)).findFirst());
    }

    /**
     * A choice that may be left empty for "all", set up as every register's ({@link FilterSelect}, id
     * {@code filter-<id>}) and kept in the address under {@code name}.
     */
    public <T> FilterAddress select(String name, String id, Select<T> select, String label, String allCaption, Choices<T> choices) {
        FilterSelect.configure(select, id, label, allCaption, choices.values(), choices.nameOf());
        return choice(name, select, label, choices.values(), choices.codeOf());
    }

    /** A choice among many (departments), typed to narrow it down, cleared for "all"; its id is {@code filter-<name>}. */
    public <T> FilterAddress comboBox(String name, ComboBox<T> box, String label, String allCaption, Choices<T> choices) {
        box.setId("filter-" + name);
        box.setLabel(label);
        box.setPlaceholder(allCaption);
        box.setItems(choices.values());
        box.setItemLabelGenerator(value -> choices.nameOf().apply(value));
        box.setClearButtonVisible(true);
        return choice(name, box, label, choices.values(), choices.codeOf());
    }

    /** A date field: the address holds the ISO date ({@code 2026-12-02}). */
    public FilterAddress date(String name, HasValue<?, LocalDate> field, String label) {
        return field(name, field, label, FilterAddress::date);
    }

    /** A field whose value {@code parse} reads from the address; empty: not a value this field can take. */
    public <T> FilterAddress field(String name, HasValue<?, T> field, String label, Function<String, Optional<T>> parse) {
        field.addValueChangeListener(e -> changed());
        parameters.add(new Parameter(name, label, value -> {
            Optional<T> parsed = value == null ? Optional.empty() : parse.apply(value);
            field.setValue(parsed.orElse(field.getEmptyValue()));
            return value == null || parsed.isPresent();
        }));
        return this;
    }

    /**
     * Any other control (tabs): {@code choose} sets it from the parameter's value, or its default for
     * null, and answers whether it knew the value. The control calls {@link #changed()} itself.
     */
    public FilterAddress custom(String name, String label, Predicate<String> choose) {
        parameters.add(new Parameter(name, label, choose));
        return this;
    }

    /**
     * Sets every field from the address being entered, without reacting to the changes, and answers the
     * labels of the parameters whose values were not understood and are ignored.
     */
    public List<String> enter(BeforeEnterEvent event) {
        Map<String, String> given = parametersOf(event.getLocation());
        List<String> ignored = new ArrayList<>();
        reading = true;
        try {
            for (Parameter parameter : parameters) {
                if (!parameter.choose().test(given.get(parameter.name()))) {
                    ignored.add(parameter.label());
                }
            }
        } finally {
            reading = false;
        }
        return ignored;
    }

    /** The notice for the parameters {@link #enter} ignored, in the page's language; null when none was. */
    public static String notice(Component page, List<String> ignored) {
        return ignored.isEmpty() ? null : page.getTranslation("filters.address.ignored",
                String.join(page.getTranslation("lists.separator"), ignored));
    }

    /** A visitor changed the filter: the page updates, then the address follows. */
    public void changed() {
        if (!reading) {
            onChange.run();
        }
    }

    /** Shows the filter, as the API's parameters, in the address of the page's tab. */
    public void show(Component page, Map<String, String> filter) {
        replace(page, route, filter);
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private record Parameter(String name, String label, Predicate<String> choose) {
    }
}
