package org.safetyportal.portal.ui.filters;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.LongSupplier;
import org.safetyportal.content.ValidationException;
import org.safetyportal.i18n.Messages;

/**
 * What a public register page shows for one filter: how many records match, in words, and the rows paged
 * from the register; a filter the register refuses is said in words instead, with no rows.
 */
public final class FilteredResults<T> extends Div {

    /** One page of the register's records for the filter. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> fetch(int offset, int limit);
    }

    private final Span count = new Span();
    private final Span error = new Span();
    private final String countKey;

    /** Ids {@code <idPrefix>-count} and {@code <idPrefix>-error}; {@code countKey} takes the number. */
    public FilteredResults(String idPrefix, String countKey) {
        this.countKey = countKey;
        count.setId(idPrefix + "-count");
        error.setId(idPrefix + "-error");
        error.addClassName("form-error");
        add(count, error);
    }

    /** The count and the rows of one filter; both ask the register, which may refuse the filter. */
    public void show(Grid<T> grid, LongSupplier matching, Page<T> page) {
        error.setText(null);
        try {
            count.setText(getTranslation(countKey, matching.getAsLong()));
            grid.setItems(query -> page.fetch(query.getOffset(), query.getLimit()).stream(),
                    query -> (int) matching.getAsLong());
        } catch (ValidationException refused) {
            error.setText(Messages.describe(getLocale(), refused));
            count.setText(getTranslation(countKey, 0));
            grid.setItems();
        }
    }

    /** Says which parts of the address were not understood and left out. */
    public void notice(String text) {
        error.setText(text);
    }
}
