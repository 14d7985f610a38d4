package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.html.Anchor;
import org.safetyportal.portal.ui.readers.PublicCredit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.exports.DataDictionary;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * One published version as plain tables for printing: every field its list type fills, the
 * version's particulars and its provenance. The print style sheet hides the portal's frame.
 */
@Route(value = "lists/version/:" + PrintableVersionView.ID + "/print")
@AnonymousAllowed
@Prototype
public class PrintableVersionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = VersionRoute.ID;

    private final ListCatalogue catalogue;
    private final OrganizationDirectory organization;
    private final CityClock city;
    private ListVersion version;

    PrintableVersionView(ListCatalogue catalogue, OrganizationDirectory organization, CityClock city) {
        this.city = city;
        this.catalogue = catalogue;
        this.organization = organization;
        addClassName("printable-version-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ListVersion> found = VersionRoute.find(event, catalogue);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        version = found.get();
        removeAll();
        H1 heading = new H1(version.department().name().in(getLocale()) + " · "
                + getTranslation(version.titleKey()));
        heading.setId("print-heading");
        add(createActions(), heading, new VersionSummary(version, city.zone()), createItemsTable(), createProvenance());
    }

    @Override
    public String getPageTitle() {
        return version == null ? getTranslation("exports.printable")
                : version.department().name().in(getLocale()) + " · " + VersionSummary.title(this, version)
                        + " · " + getTranslation("exports.printable");
    }

    private Div createActions() {
        Button print = new Button(getTranslation("exports.print"), click -> getElement().executeJs("window.print()"));
        print.setId("print-button");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink back = new RouterLink(getTranslation("exports.backToVersion"), ListVersionView.class,
                new RouteParameters(ListVersionView.ID, Integer.toString(version.id())));
        back.setId("back-to-version");
        Div actions = new Div(print, back);
        actions.addClassName("print-actions");
        return actions;
    }

    private NativeTable createItemsTable() {
        List<DataDictionary.Field> fields = DataDictionary.itemFields(version.type());
        FieldText text = new FieldText(this, organization.sectors(), getLocale());
        NativeTable table = new NativeTable();
        table.setId("print-items");
        table.addClassName("print-table");
        NativeTableRow head = table.getHead().addRow();
        fields.forEach(field -> head.addHeaderCell().setText(getTranslation("lists.field." + field.name())));
        for (ListItem item : catalogue.items(version)) {
            Map<String, Object> values = item.fields();
            NativeTableRow row = table.getBody().addRow();
            fields.forEach(field -> row.addDataCell().setText(text.of(field, values.get(field.name()))));
        }
        return table;
    }

    private Div createProvenance() {
        Code hash = new Code(version.contentHash());
        hash.setId("print-content-hash");
        Anchor entries = PublicCredit.ledgerLink(this, version.ledgerSubject());
        entries.setId("print-ledger-entries");
        Div provenance = new Div(
                new Paragraph(getTranslation("lists.provenance", PublicCredit.of(this, version.department(), PublicCredit.PUBLISHER),
                        PublicCredit.of(this, version.department(), PublicCredit.REVIEWER))),
                new Paragraph(entries),
                new Paragraph(getTranslation("lists.contentHash")), hash);
        provenance.addClassName("provenance");
        return provenance;
    }
}
