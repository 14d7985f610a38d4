package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.Arrays;
import java.util.List;

/**
 * Fields of a list item, one row each: the field's name, then one cell per column (a value, or an
 * old and a new value). On narrow screens the rows stack, and where a row has several values each
 * cell names its column.
 */
class FieldTable extends NativeTable {

    private final List<String> columns;

    FieldTable(String... columnKeys) {
        addClassName("field-table");
        columns = Arrays.stream(columnKeys).map(this::getTranslation).toList();
        NativeTableRow head = getHead().addRow();
        columns.forEach(column -> head.addHeaderCell().setText(column));
    }

    /** Adds a row for a field; values fill the columns after the first, styled with the given class names. */
    void addRow(String field, List<String> values, String... classNames) {
        NativeTableRow row = getBody().addRow();
        NativeTableHeaderCell name = row.addHeaderCell();
        name.setText(getTranslation("lists.field." + field));
        name.getElement().setAttribute("scope", "row");
        for (int i = 0; i < values.size(); i++) {
            NativeTableCell cell = row.addDataCell();
            cell.setText(values.get(i));
            if (values.size() > 1) {
                cell.getElement().setAttribute("data-label", columns.get(i + 1));
            }
            if (i < classNames.length) {
                cell.addClassName(classNames[i]);
            }
        }
        row.getElement().setAttribute("data-field", field);
    }
}
