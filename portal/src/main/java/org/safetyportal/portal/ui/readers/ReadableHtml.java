package org.safetyportal.portal.ui.readers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.DataGenerator;
import com.vaadin.flow.data.provider.KeyMapper;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.data.renderer.Rendering;
import elemental.json.Json;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import com.vaadin.flow.dom.Element;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Writes a page's component tree as plain HTML for readers without JavaScript: headings, text, links
 * and tables, nothing that needs a script. Form fields and buttons are left out, since they do nothing
 * without one; a grid becomes a table of its first rows, read through the grid's own data provider and
 * renderers, so the table shows what the grid shows.
 */
final class ReadableHtml {

    /** Rows of a grid written out; the rest is one download away on every register page. */
    static final int GRID_ROWS = 100;

    private static final Set<String> KEPT = Set.of("a", "abbr", "article", "aside", "b", "blockquote", "br", "caption",
            "code", "dd", "del", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hr", "i", "img", "ins", "li", "main", "mark", "nav", "ol", "p", "pre", "q", "s", "section",
            "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u",
            "ul");
    private static final Set<String> LEFT_OUT = Set.of("button", "input", "select", "textarea", "script", "style",
            "template", "vaadin-button", "vaadin-checkbox", "vaadin-checkbox-group", "vaadin-combo-box",
            "vaadin-context-menu", "vaadin-date-picker", "vaadin-date-time-picker", "vaadin-dialog",
            "vaadin-drawer-toggle", "vaadin-email-field", "vaadin-icon", "vaadin-integer-field", "vaadin-menu-bar",
            "vaadin-multi-select-combo-box", "vaadin-notification", "vaadin-number-field", "vaadin-password-field",
            "vaadin-radio-group", "vaadin-select", "vaadin-text-area", "vaadin-text-field", "vaadin-time-picker",
            "vaadin-tooltip", "vaadin-upload", "iron-icon");
    private static final Set<String> ATTRIBUTES = Set.of("href", "lang", "datetime", "title", "colspan", "rowspan",
            "src", "alt", "scope", "download");

    private final Words translations;

    /** @param translations the reader's bundle, for the few words this writer adds itself */
    ReadableHtml(Words translations) {
        this.translations = translations;
    }

    /** The element and what it holds, written into {@code parent}; {@code main} is marked as the main content. */
    void write(Element element, org.jsoup.nodes.Element parent, Element main) {
        if (element.isTextNode()) {
            parent.appendChild(new TextNode(element.getText()));
            return;
        }
        String tag = element.getTag();
        if (!element.isVisible() || element.hasAttribute("hidden") || LEFT_OUT.contains(tag)) {
            return;
        }
        Component component = element.getComponent().orElse(null);
        if (component instanceof Grid<?> grid) {
            writeGrid(grid, parent);
            return;
        }
        if (tag.equals("vaadin-side-nav")) {
            writeNavigation(element, parent);
            return;
        }
        org.jsoup.nodes.Element written = parent.appendElement(element.equals(main) ? "main" : htmlTag(tag));
        for (String name : element.getAttributeNames().collect(Collectors.toList())) {
            String value = element.getAttribute(name);
            if (ATTRIBUTES.contains(name) && value != null && safe(name, value)) {
                written.attr(name, value);
            }
        }
        Object inner = element.getPropertyRaw("innerHTML");
        if (inner instanceof String html) {
            written.append(Jsoup.clean(html, Safelist.relaxed()));
        }
        element.getChildren().forEach(child -> write(child, written, main));
    }

    private static String htmlTag(String tag) {
        if (KEPT.contains(tag)) {
            return tag;
        }
        return "div";
    }

    private static boolean safe(String name, String value) {
        if (!name.equals("href") && !name.equals("src")) {
            return true;
        }
        String lower = value.strip().toLowerCase(java.util.Locale.ROOT);
        return !lower.startsWith("javascript:") && !lower.startsWith("vbscript:") && !lower.startsWith("data:text");
    }

    /** The frame's navigation, whose items are markup set into it (NavigationMarkup), as a list of links. */
    private void writeNavigation(Element nav, org.jsoup.nodes.Element parent) {
        org.jsoup.nodes.Element list = parent.appendElement("nav").appendElement("ul");
        Object inner = nav.getPropertyRaw("innerHTML");
        if (!(inner instanceof String html)) {
            return;
        }
        for (org.jsoup.nodes.Element item : Jsoup.parseBodyFragment(html).select("vaadin-side-nav-item")) {
            String path = item.attr("path");
            String label = item.ownText().strip();
            if (item.hasAttr("path") && !label.isEmpty() && safe("href", path)) {
                list.appendElement("li").appendElement("a").attr("href", path.startsWith("/") ? path : "/" + path).text(label);
            }
        }
    }

    private <T> void writeGrid(Grid<T> grid, org.jsoup.nodes.Element parent) {
        List<Grid.Column<T>> columns = grid.getColumns().stream().filter(Grid.Column::isVisible).toList();
        List<Function<T, Object>> cells = columns.stream().map(this::cellWriter).toList();
        org.jsoup.nodes.Element table = parent.appendElement("table");
        org.jsoup.nodes.Element head = table.appendElement("thead").appendElement("tr");
        for (Grid.Column<T> column : columns) {
            head.appendElement("th").attr("scope", "col").text(Objects.toString(column.getHeaderText(), ""));
        }
        org.jsoup.nodes.Element body = table.appendElement("tbody");
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<T> rows = (List<T>) grid.getDataProvider().fetch(new Query(0, GRID_ROWS, List.of(), null, null)).toList();
        for (T row : rows) {
            org.jsoup.nodes.Element tr = body.appendElement("tr");
            for (Function<T, Object> cell : cells) {
                Object content = cell.apply(row);
                org.jsoup.nodes.Element td = tr.appendElement("td");
                if (content instanceof Component component) {
                    write(component.getElement(), td, null);
                } else {
                    td.text(Objects.toString(content, ""));
                }
            }
        }
        if (rows.size() < GRID_ROWS) {
            return; // all of them: no need to ask the provider how many there are
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        int total = grid.getDataProvider().size(new Query(0, Integer.MAX_VALUE, List.of(), null, null));
        if (total > rows.size()) {
            parent.appendElement("p").text(translations.get("readers.firstRows", rows.size(), total));
        }
    }

    /**
     * What one column shows for a row: the component its renderer (or a markup column) makes, or the text its renderer sends to
     * the browser, taken from the renderer's own data generator (a value column publishes no other way).
     */
    private <T> Function<T, Object> cellWriter(Grid.Column<T> column) {
        @SuppressWarnings("unchecked")
        RegisterColumns.MarkupCells<T> markup = ComponentUtil.getData(column, RegisterColumns.MarkupCells.class);
        if (markup != null) {
            return row -> markup.component().apply(row);
        }
        Renderer<T> renderer = column.getRenderer();
        if (renderer instanceof ComponentRenderer<?, T> components) {
            return components::createComponent;
        }
        Rendering<T> rendering = renderer.render(new Element("vaadin-grid-column"), new KeyMapper<>());
        DataGenerator<T> generator = rendering.getDataGenerator().orElse(null);
        if (generator == null) {
            return row -> "";
        }
        return row -> {
            JsonObject data = Json.createObject();
            generator.generateData(row, data);
            return Arrays.stream(data.keys()).<JsonValue>map(data::get)
                    .filter(value -> value.getType() == JsonType.STRING || value.getType() == JsonType.NUMBER)
                    .map(JsonValue::asString).filter(text -> !text.isBlank())
                    .collect(Collectors.joining(" "));
        };
    }

    /** The reader's bundle: a message key and its arguments to the text. */
    @FunctionalInterface
    interface Words {
        String get(String key, Object... arguments);
    }
}
