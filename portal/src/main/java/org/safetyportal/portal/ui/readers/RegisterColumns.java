package org.safetyportal.portal.ui.readers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a public register table, declared once so that the table fits its area at every width.
 *
 * <p>Widths are in {@code rem}: the grid gives each cell the column's width on its own, and an {@code em}
 * width resolves against the cell's font, which is smaller in the header than in the body, so headers
 * drifted left of their columns by more with every column. Each column also has a rank: where the area is
 * narrower than the columns, the browser hides the columns of the highest rank first (keeping rank 0), and
 * a tap on a row opens the whole record as a card, so nothing is more than one tap away on a phone.
 */
public final class RegisterColumns<T> {

    /** Column rank that is never hidden. */
    public static final int ALWAYS = 0;

    /**
     * Hides columns from the highest {@code data-rank} down until the visible widths fit the grid's own
     * width, again whenever that width changes; marks the grid {@code columns-hidden} while any are hidden.
     */
    private static final String FIT = """
            const grid = this;
            const fit = () => {
              const columns = [...grid.querySelectorAll(':scope > vaadin-grid-column')];
              const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
              const px = c => parseFloat(c.width) * (String(c.width).endsWith('rem') ? rem : 1) || 100;
              columns.forEach(c => c.hidden = false);
              let total = columns.reduce((sum, c) => sum + px(c), 0);
              const area = grid.clientWidth - 2;
              const droppable = columns.filter(c => Number(c.dataset.rank) > 0)
                  .sort((a, b) => Number(b.dataset.rank) - Number(a.dataset.rank));
              for (const c of droppable) {
                if (total <= area) break;
                c.hidden = true;
                total -= px(c);
              }
              grid.toggleAttribute('columns-hidden', columns.some(c => c.hidden));
            };
            if (!grid.__registerFit) {
              grid.__registerFit = new ResizeObserver(() => requestAnimationFrame(fit));
              grid.__registerFit.observe(grid);
            }
            fit();
            """;

    /** What a markup column draws for a row, for the plain copy of the page ({@link ReadableHtml}). */
    record MarkupCells<T>(SerializableFunction<T, Component> component) {
    }

    private record Field<T>(String header, SerializableFunction<T, Component> value) {
    }

    private final Grid<T> grid;
    private final List<Field<T>> fields = new ArrayList<>();

    public RegisterColumns(Grid<T> grid) {
        this.grid = grid;
        grid.addClassName("register-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::card));
        grid.setDetailsVisibleOnClick(true);
        grid.addAttachListener(attached -> grid.getElement().executeJs(FIT));
    }

    /** A column of text; {@code null} shows as empty. */
    public Grid.Column<T> text(String header, SerializableFunction<T, String> value, double widthRem, int rank) {
        Grid.Column<T> column = grid.addColumn(item -> orEmpty(value.apply(item)));
        fields.add(new Field<>(header, item -> new Span(orEmpty(value.apply(item)))));
        return shape(column, header, widthRem, rank);
    }

    /**
     * A column of links and labels. The row's component is drawn to HTML and dropped at once: a public register is
     * read by many visitors at the same time, and a component per cell kept in each visitor's session cost some
     * tens of kilobytes a page. The cells are therefore static markup, without listeners of their own; the row's
     * card, opened on a tap, makes the components afresh.
     */
    public Grid.Column<T> component(String header, SerializableFunction<T, Component> value, double widthRem, int rank) {
        Grid.Column<T> column = grid.addColumn(LitRenderer.<T>of("<div class=\"register-cell\" .innerHTML=${item.markup}></div>")
                .withProperty("markup", item -> value.apply(item).getElement().getOuterHTML()));
        ComponentUtil.setData(column, MarkupCells.class, new MarkupCells<>(value));
        fields.add(new Field<>(header, value));
        return shape(column, header, widthRem, rank);
    }

    /**
     * The grid in its area, followed by a sentence that shows only while some of its columns are hidden
     * (styles.css: {@code vaadin-grid[columns-hidden] + .register-tap-hint}).
     */
    public static Div area(Grid<?> grid) {
        Div hint = new Div(new Span(grid.getTranslation("register.tapForAll")));
        hint.addClassName("register-tap-hint");
        Div area = new Div(grid, hint);
        area.addClassName("register-area");
        return area;
    }

    private Grid.Column<T> shape(Grid.Column<T> column, String header, double widthRem, int rank) {
        column.setHeader(header).setWidth(widthRem + "rem").setResizable(true);
        column.getElement().setAttribute("data-rank", Integer.toString(rank));
        return column;
    }

    /** The whole record, field by field, opened under its row. */
    Component card(T item) {
        Div card = new Div();
        card.addClassName("register-card");
        for (Field<T> field : fields) {
            Span label = new Span(field.header());
            label.addClassName("register-card-label");
            Component value = field.value().apply(item);
            withoutIds(value.getElement());
            Div line = new Div(label, value);
            line.addClassName("register-card-line");
            card.add(line);
        }
        return card;
    }

    /** The row's cells already carry the ids journeys and links use; the card repeats them without. */
    private static void withoutIds(Element element) {
        element.removeAttribute("id");
        element.getChildren().forEach(RegisterColumns::withoutIds);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
