package org.safetyportal.portal.ui.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.ui.FormTesting;

class RegisterColumnsTest {

    record Row(String code, String name, String note) {
    }

    private final Grid<Row> grid = new Grid<>();
    private final RegisterColumns<Row> columns = new RegisterColumns<>(grid);

    @BeforeEach
    void visitor() {
        FormTesting.visitorIn(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void widthsAreInRem_soHeaderAndBodyCellsResolveThemAlike_andEachColumnCarriesItsRank() {
        columns.component("编号", row -> link(row), 6.5, RegisterColumns.ALWAYS);
        columns.text("名称", Row::name, 10, 2);

        List<Grid.Column<Row>> shown = grid.getColumns();
        assertEquals("6.5rem", shown.get(0).getWidth());
        assertEquals("10.0rem", shown.get(1).getWidth());
        assertEquals("0", shown.get(0).getElement().getAttribute("data-rank"));
        assertEquals("2", shown.get(1).getElement().getAttribute("data-rank"));
    }

    @Test
    void theCard_namesEveryField_withItsValue_andRepeatsNoIdOfTheRow() {
        columns.component("编号", row -> link(row), 6.5, RegisterColumns.ALWAYS);
        columns.text("名称", Row::name, 10, 1);
        columns.text("备注", Row::note, 10, 2);

        Component card = columns.card(new Row("JC-1", "泽州县示例煤业有限公司", null));

        String text = card.getElement().getTextRecursively();
        assertTrue(text.contains("编号") && text.contains("JC-1"), text);
        assertTrue(text.contains("名称") && text.contains("泽州县示例煤业有限公司"), text);
        assertTrue(text.contains("备注"), text);
        assertEquals(3, card.getElement().getChildCount());
        assertFalse(ids(card.getElement()).contains("link-JC-1"), "the row's link keeps its id; the card's copy has none");
    }

    @Test
    void aComponentColumn_sendsItsCellsAsMarkup_withTheRowsIdsKept_andHostileTextLeftAsText() {
        columns.component("名称", row -> {
            Anchor link = link(row);
            link.setText(row.name());
            return link;
        }, 10, RegisterColumns.ALWAYS);

        String markup = markupOf(grid.getColumns().get(0), new Row("JC-1", "<img src=x onerror=alert(1)>示例</b>", null));

        assertTrue(markup.contains("id=\"link-JC-1\"") && markup.contains("href=\"/x/JC-1\""), markup);
        assertTrue(markup.contains("&lt;img src=x onerror=alert(1)&gt;示例&lt;/b&gt;"), markup);
        assertFalse(markup.contains("<img") || markup.contains("</b>"), markup);
    }

    @Test
    void thePlainCopy_writesAMarkupColumnsCells_asItsLinks() {
        columns.component("编号", row -> link(row), 6.5, RegisterColumns.ALWAYS);
        columns.text("名称", Row::name, 10, 1);
        grid.setItems(new Row("JC-1", "泽州县示例煤业有限公司", null));

        org.jsoup.nodes.Element page = new org.jsoup.nodes.Document("").appendElement("body");
        new ReadableHtml((key, arguments) -> key).write(grid.getElement(), page, null);

        assertEquals("/x/JC-1", page.select("td a").attr("href"), page.html());
        assertEquals("JC-1", page.select("td a").text());
        assertEquals("泽州县示例煤业有限公司", page.select("td").get(1).text());
    }

    /** What the column's renderer sends the browser for a row: the one string property it declares. */
    private static String markupOf(Grid.Column<Row> column, Row row) {
        elemental.json.JsonObject data = elemental.json.Json.createObject();
        column.getRenderer().render(new Element("vaadin-grid-column"), new com.vaadin.flow.data.provider.KeyMapper<>())
                .getDataGenerator().orElseThrow().generateData(row, data);
        List<String> strings = new ArrayList<>();
        for (String key : data.keys()) {
            if (data.get(key).getType() == elemental.json.JsonType.STRING) {
                strings.add(data.getString(key));
            }
        }
        assertEquals(1, strings.size(), data.toJson());
        return strings.get(0);
    }

    private static Anchor link(Row row) {
        Anchor link = new Anchor("/x/" + row.code(), row.code());
        link.setId("link-" + row.code());
        return link;
    }

    private static List<String> ids(Element root) {
        List<String> ids = new ArrayList<>();
        if (root.hasAttribute("id")) {
            ids.add(root.getAttribute("id"));
        }
        root.getChildren().forEach(child -> ids.addAll(ids(child)));
        return ids;
    }
}
