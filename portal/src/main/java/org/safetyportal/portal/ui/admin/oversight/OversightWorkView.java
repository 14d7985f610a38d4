package org.safetyportal.portal.ui.admin.oversight;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.oversight.NewOversightResult;
import org.safetyportal.content.oversight.NewRectificationReport;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.oversight.OversightResult;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.portal.ui.oversight.OversightCells;

/** A publisher of a conducting department publishes 巡查/考核/督查 results and enters the rectification reports on them. */
@Route(value = "admin/oversight")
@PortalSection(title = "admin.oversight.toolLink", icon = VaadinIcon.FLAG_CHECKERED, order = 40, place = PortalSection.Place.STAFF_TOOLS, id = "tool-oversight")
@RequiresPermission(Permissions.PUBLISH_OVERSIGHT)
@Prototype
public class OversightWorkView extends VerticalLayout implements HasDynamicTitle {

    private final OversightRegister register;
    private final Actor actor;
    private final Div confirmation = new Div();
    private final Grid<OversightResult> awaiting = new Grid<>();
    private final Paragraph noneAwaiting = new Paragraph();

    OversightWorkView(OversightRegister register, AccessControl accessControl) {
        this.register = register;
        this.actor = accessControl.actor();
        H1 heading = new H1(getTranslation("admin.oversight.title"));
        heading.setId("oversight-work-heading");
        confirmation.setId("form-confirmation");
        add(heading, new H2(getTranslation("admin.oversight.new")),
                new OversightForm(register.conductingDepartments(actor), register.inspectableParties(), this::publish),
                confirmation, new H2(getTranslation("admin.oversight.awaiting")), noneAwaiting, configureAwaiting());
        refreshAwaiting();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.oversight.title") + " · " + getTranslation("app.title");
    }

    private void publish(NewOversightResult value) {
        OversightResult published = register.publish(actor, value);
        confirm(getTranslation("admin.oversight.published", published.resultCode()), published);
        refreshAwaiting();
    }

    private void fileReport(NewRectificationReport report) {
        OversightResult result = register.fileRectificationReport(actor, report);
        confirm(getTranslation("admin.oversight.reportFiled", result.resultCode()), result);
        refreshAwaiting();
    }

    private void confirm(String message, OversightResult result) {
        confirmation.removeAll();
        confirmation.add(new Span(message + " "), new OversightCells(result, getLocale()).permalink());
    }

    private Component configureAwaiting() {
        awaiting.setId("awaiting-reports");
        awaiting.addColumn(OversightResult::resultCode).setHeader(getTranslation("oversight.field.code")).setAutoWidth(true);
        awaiting.addComponentColumn(r -> new OversightCells(r, getLocale()).permalink())
                .setHeader(getTranslation("oversight.column.party")).setAutoWidth(true);
        awaiting.addComponentColumn(r -> new OversightCells(r, getLocale()).rectification(register.today()))
                .setHeader(getTranslation("oversight.column.rectification")).setAutoWidth(true);
        awaiting.addComponentColumn(r -> {
            Button file = new Button(getTranslation("admin.oversight.fileReport"),
                    click -> new RectificationReportDialog(r.resultCode(), this::fileReport).open());
            file.setId("file-report-" + r.resultCode());
            return file;
        }).setAutoWidth(true);
        awaiting.setAllRowsVisible(true);
        return awaiting;
    }

    private void refreshAwaiting() {
        List<OversightResult> results = register.awaitingReport(actor);
        awaiting.setItems(results);
        awaiting.setVisible(!results.isEmpty());
        noneAwaiting.setText(results.isEmpty() ? getTranslation("admin.oversight.noneAwaiting") : null);
    }
}
