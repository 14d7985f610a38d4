package org.safetyportal.portal.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.account.AuditEntry;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.PortalSection;

@Route(value = "admin/audit")
@PortalSection(title = "admin.audit.title", icon = VaadinIcon.RECORDS, order = 90, place = PortalSection.Place.STAFF_TOOLS, id = "tool-audit")
@RequiresPermission(Permissions.VIEW_AUDIT_LOG)
@Prototype
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 500;

    AuditLogView(AuditLog auditLog, AccessControl accessControl, CityClock city, OrganizationDirectory organization) {
        // Times are shown as the city lives them.
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(city.zone());
        setSizeFull();
        H1 heading = new H1(getTranslation("admin.audit.title"));
        AuditWords words = new AuditWords(getLocale(), id -> organization.department(id).map(Department::name),
                id -> organization.area(id).map(Area::name), code -> organization.department(code).map(Department::name));
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-log");
        grid.addColumn(entry -> time.format(entry.occurredAt())).setHeader(getTranslation("admin.audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action())).setHeader(getTranslation("admin.audit.action")).setAutoWidth(true);
        grid.addColumn(entry -> words.of(entry.target())).setHeader(getTranslation("admin.audit.target")).setAutoWidth(true);
        grid.addColumn(entry -> words.of(entry.detail())).setHeader(getTranslation("admin.audit.detail")).setFlexGrow(1);
        grid.setItems(auditLog.recent(accessControl.actor(), SHOWN));
        add(heading, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.title") + " · " + getTranslation("app.title");
    }
}
