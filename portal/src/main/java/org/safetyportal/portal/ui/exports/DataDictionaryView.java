package org.safetyportal.portal.ui.exports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletRequest;
import io.micronaut.context.annotation.Prototype;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safetyportal.portal.ui.lists.ListsView;
import org.safetyportal.content.exports.DataDictionary;
import org.safetyportal.content.exports.DocumentedRegister;
import org.safetyportal.content.lists.ChangeReason;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.PowerType;
import org.safetyportal.content.lists.TaskStanding;
import org.safetyportal.content.lists.TaskStatus;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.portal.ui.ledger.LedgerView;

/**
 * What every exported field means, how it is written and which lists fill it; the codes used in
 * the files; the three file formats; and how to check a saved copy against the publication record.
 */
@Route(value = "lists/dictionary")
@AnonymousAllowed
@Prototype
public class DataDictionaryView extends VerticalLayout implements HasDynamicTitle {

    DataDictionaryView(OrganizationDirectory organization, List<DocumentedRegister> documented) {
        List<DocumentedRegister.Documentation> registers = documented.stream().map(DocumentedRegister::documentation)
                .sorted(Comparator.comparingInt(DocumentedRegister.Documentation::order)).toList();
        addClassName("data-dictionary-view");
        H1 heading = new H1(getTranslation("exports.dictionary.title"));
        heading.setId("dictionary-heading");
        add(heading, new Paragraph(getTranslation("exports.dictionary.intro")),
                new RouterLink(getTranslation("lists.backToDirectory"), ListsView.class),
                section("dictionary-item-fields", getTranslation("exports.dictionary.itemFields"),
                        getTranslation("exports.dictionary.itemFields.explain"), itemFields()),
                section("dictionary-version-fields", getTranslation("exports.dictionary.versionFields"),
                        getTranslation("exports.dictionary.versionFields.explain"), versionFields()),
                section("dictionary-set-fields", getTranslation("exports.dictionary.setFields"),
                        getTranslation("exports.dictionary.setFields.explain"),
                        fieldTable("set-field-", Stream.concat(DataDictionary.itemSetFields().stream(),
                                DataDictionary.itemSetDerivedFields().stream()).toList(), "exports.setField.")));
        registers.forEach(register -> add(registerSection(register)));
        add(section("dictionary-codes", getTranslation("exports.dictionary.codes"),
                getTranslation("exports.dictionary.codes.explain"), codeTables(organization, registers)),
                section("dictionary-files", getTranslation("exports.dictionary.files"),
                        getTranslation("exports.dictionary.files.explain"), files()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exports.dictionary.title") + " · " + getTranslation("app.title");
    }

    private static Div section(String id, String title, String explanation, Component... content) {
        Div section = new Div(new H2(title), new Paragraph(explanation));
        section.add(content);
        section.setId(id);
        section.addClassName("dictionary-section");
        return section;
    }

    /**
     * The fields of one register's filtered exports ({@code exports.<name>Field.*}) and what every such
     * file says about itself ({@code exports.registerExportField.*}).
     */
    private Div registerSection(DocumentedRegister.Documentation register) {
        String name = register.name();
        List<DataDictionary.Field> fields = register.fields();
        return section("dictionary-" + name + "-fields", getTranslation("exports.dictionary." + name + "Fields"),
                getTranslation("exports.dictionary." + name + "Fields.explain"),
                fieldTable(name + "-field-", fields, "exports." + name + "Field."),
                fieldTable(name + "-export-field-", DataDictionary.registerExportFields(), "exports.registerExportField."));
    }

    private NativeTable itemFields() {
        NativeTable table = table(getTranslation("exports.dictionary.column.name"),
                getTranslation("exports.dictionary.column.label"), getTranslation("exports.dictionary.column.meaning"),
                getTranslation("exports.dictionary.column.usedBy"), getTranslation("exports.dictionary.column.format"));
        for (DataDictionary.Field field : DataDictionary.itemFields()) {
            String usedBy = Arrays.stream(ListType.values()).filter(field.usedBy()::contains)
                    .map(type -> getTranslation("lists.type." + type.name()))
                    .collect(Collectors.joining(getTranslation("lists.separator")));
            row(table, "field-" + field.name(), field.name(), getTranslation("lists.field." + field.name()),
                    getTranslation("exports.field." + field.name()), usedBy,
                    getTranslation("exports.format." + field.format().name()));
        }
        return table;
    }

    private NativeTable versionFields() {
        NativeTable table = table(getTranslation("exports.dictionary.column.name"),
                getTranslation("exports.dictionary.column.meaning"), getTranslation("exports.dictionary.column.format"));
        for (DataDictionary.Field field : DataDictionary.versionFields()) {
            row(table, "version-field-" + field.name(), field.name(), getTranslation("exports.versionField." + field.name()),
                    getTranslation("exports.format." + field.format().name()));
        }
        return table;
    }

    private NativeTable fieldTable(String idPrefix, List<DataDictionary.Field> fields, String meaningPrefix) {
        NativeTable table = table(getTranslation("exports.dictionary.column.name"),
                getTranslation("exports.dictionary.column.meaning"), getTranslation("exports.dictionary.column.format"));
        for (DataDictionary.Field field : fields) {
            row(table, idPrefix + field.name(), field.name(), getTranslation(meaningPrefix + field.name()),
                    getTranslation("exports.format." + field.format().name()));
        }
        return table;
    }

    private Component[] codeTables(OrganizationDirectory organization, List<DocumentedRegister.Documentation> registers) {
        Map<String, Map<String, String>> codes = new LinkedHashMap<>();
        codes.put("listType", names(ListType.values(), "lists.type."));
        codes.put("powerType", names(PowerType.values(), "lists.powerType."));
        codes.put("taskStatus", names(TaskStatus.values(), "lists.taskStatus."));
        codes.put("taskStanding", names(TaskStanding.values(), "lists.taskStatus."));
        codes.put("changeReason", names(ChangeReason.values(), "lists.changeReason."));
        for (DocumentedRegister.Documentation register : registers) {
            for (DocumentedRegister.CodeList list : register.codes()) {
                Map<String, String> names = new LinkedHashMap<>();
                list.codes().forEach(code -> names.put(code, getTranslation(list.messagePrefix() + code)));
                codes.put(list.name(), names);
            }
        }
        Map<String, String> sectors = new LinkedHashMap<>();
        organization.sectors().forEach(sector -> sectors.put(sector.code(), sector.name().in(getLocale())));
        codes.put("sectors", sectors);
        return codes.entrySet().stream().map(entry -> {
            NativeTable table = table(getTranslation("exports.dictionary.column.code"),
                    getTranslation("exports.dictionary.column.label"));
            table.setId("codes-" + entry.getKey());
            entry.getValue().forEach((code, name) -> row(table, null, code, name));
            return new Div(new H3(entry.getKey()), table);
        }).toArray(Component[]::new);
    }

    private Component[] files() {
        return new Component[] {
            new Paragraph(getTranslation("exports.dictionary.files.csv")),
            new Paragraph(getTranslation("exports.dictionary.files.csvFormulas")),
            new Paragraph(getTranslation("exports.dictionary.files.xlsx")),
            new Paragraph(getTranslation("exports.dictionary.files.json")),
            new Paragraph(getTranslation("exports.dictionary.makers")),
            new H3(getTranslation("exports.dictionary.verify.title")),
            new Paragraph(getTranslation("exports.dictionary.verify", siteAddress())),
            new RouterLink(getTranslation("ledger.link"), LedgerView.class)
        };
    }

    /** This site's address as the visitor reached it, for the commands they can copy. */
    private static String siteAddress() {
        HttpServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
        String address = request.getRequestURL().toString();
        return address.substring(0, address.length() - request.getRequestURI().length());
    }

    private Map<String, String> names(Enum<?>[] values, String prefix) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            names.put(value.name(), getTranslation(prefix + value.name()));
        }
        return names;
    }

    private static NativeTable table(String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("print-table");
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            head.addHeaderCell().setText(header);
        }
        return table;
    }

    private static void row(NativeTable table, String id, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        if (id != null) {
            row.setId(id);
        }
        for (String cell : List.of(cells)) {
            row.addDataCell().setText(cell);
        }
    }
}
