package org.safetyportal.portal.ui.completeness;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.safetyportal.content.completeness.DepartmentCompleteness;
import org.safetyportal.content.completeness.ListStanding;
import org.safetyportal.content.completeness.ListState;
import org.safetyportal.content.completeness.OversightTally;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;

/**
 * The departments of one area as a plain table: it reads the same with and without JavaScript, every
 * row included, and each state links to the version that decides it.
 */
final class CompletenessTable {

    private final Locale locale;
    private final BiFunction<String, Object[], String> messages;

    CompletenessTable(Locale locale, BiFunction<String, Object[], String> messages) {
        this.locale = locale;
        this.messages = messages;
    }

    NativeTable of(List<DepartmentCompleteness> departments) {
        NativeTable table = new NativeTable();
        table.addClassNames("print-table", "completeness-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(t("completeness.column.department"));
        for (ListType type : ListType.values()) {
            head.addHeaderCell().setText(t("completeness.column." + type.name()));
        }
        head.addHeaderCell().setText(t("completeness.column.supervisions", OversightTally.MINIMUM_SUPERVISIONS));
        head.addHeaderCell().setText(t("completeness.column.toursAndAssessments", OversightTally.MINIMUM_TOURS_AND_ASSESSMENTS));
        for (DepartmentCompleteness d : departments) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("completeness-" + d.department().code());
            Anchor name = new Anchor("/lists/department/" + d.department().code(), d.department().name().in(locale));
            row.addDataCell().add(name);
            for (ListStanding standing : d.lists()) {
                NativeTableCell cell = row.addDataCell();
                cell.addClassName("list-" + standing.type().name());
                cell.add(state(standing));
            }
            OversightTally tally = d.oversight();
            row.addDataCell().add(count(tally, tally.supervisions(), OversightTally.MINIMUM_SUPERVISIONS, "supervisions"));
            row.addDataCell().add(count(tally, tally.toursAndAssessments(), OversightTally.MINIMUM_TOURS_AND_ASSESSMENTS,
                    "tours"));
        }
        return table;
    }

    private Component state(ListStanding standing) {
        ListVersion version = standing.version();
        String word = t("completeness.state." + standing.state().name());
        String text;
        if (standing.state() == ListState.OVERDUE && version != null) {
            text = t("completeness.lastPublished", version.year());
        } else if (standing.type().isAnnual() && version != null) {
            text = t("completeness.stateForYear", word, version.year());
        } else {
            text = word;
        }
        Component shown = version == null ? new Span(text) : new Anchor("/lists/version/" + version.id(), text);
        ((com.vaadin.flow.component.HasStyle) shown).addClassNames("completeness-state", "state-" + standing.state().name());
        return shown;
    }

    private Component count(OversightTally tally, int counted, int minimum, String kind) {
        Span span = new Span(!tally.applies() ? t("completeness.tally.notApplicable")
                : t(counted >= minimum ? "completeness.tally" : "completeness.tally.short", counted));
        span.addClassNames("completeness-tally", "tally-" + kind, tally.applies() && counted < minimum ? "below-minimum" : "meets");
        return span;
    }

    private String t(String key, Object... arguments) {
        return messages.apply(key, arguments);
    }
}
