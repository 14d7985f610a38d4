package org.safetyportal.portal.ui.filters;

import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.function.Function;

/**
 * A public register's filter choice that may be left empty, which then means "all": the same on every
 * register, so that a visitor meets one behaviour and the journeys one id scheme ({@code filter-…}).
 */
public final class FilterSelect {

    private FilterSelect() {
    }

    /**
     * Sets up {@code select} with the id {@code filter-<name>}, the label, the choices named by
     * {@code nameOf}, and {@code allCaption} for the empty choice.
     */
    public static <T> Select<T> configure(Select<T> select, String name, String label, String allCaption, Collection<T> choices,
            Function<T, String> nameOf) {
        select.setId("filter-" + name);
        select.setLabel(label);
        select.setItems(choices);
        select.setItemLabelGenerator(value -> value == null ? allCaption : nameOf.apply(value));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(allCaption);
        return select;
    }
}
