package org.safetyportal.portal.ui.admin;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.admin.cases.CaseQueueView;
import org.safetyportal.portal.ui.MainLayout;
import org.safetyportal.portal.ui.admin.blacklist.BlacklistWorkView;
import org.safetyportal.portal.ui.admin.majorhazards.MajorHazardWorkView;
import org.safetyportal.portal.ui.admin.inspections.InspectionWorkView;
import org.safetyportal.portal.ui.admin.lists.ListWorkView;
import org.safetyportal.portal.ui.admin.oversight.OversightWorkView;
import org.safetyportal.portal.ui.admin.users.SignInLocksView;
import org.safetyportal.portal.ui.admin.users.UserManagementView;

/** The staff start page: who you are signed in as, in which roles, and the tools those roles open. */
@Route(value = "admin", layout = MainLayout.class)
@RequiresPermission(Permissions.ENTER_ADMIN)
@Prototype
public class AdminHomeView extends VerticalLayout implements HasDynamicTitle {

    AdminHomeView(AccessControl accessControl, RoleLabels roleLabels) {
        Actor actor = accessControl.actor();
        H1 heading = new H1(getTranslation("admin.heading"));
        heading.setId("admin-heading");
        add(heading, new Paragraph(getTranslation("admin.signedInAs", actor.username())));
        UnorderedList roles = new UnorderedList();
        roles.setId("my-roles");
        actor.grants().forEach(grant -> roles.add(new ListItem(roleLabels.describe(grant, getLocale()))));
        add(new Paragraph(getTranslation("admin.yourRoles")), roles);
        UnorderedList tools = new UnorderedList();
        tools.setId("admin-tools");
        if (accessControl.isPermitted(Permissions.MANAGE_USERS)) {
            tools.add(new ListItem(new RouterLink(getTranslation("admin.users.title"), UserManagementView.class)));
            RouterLink locks = new RouterLink(getTranslation("admin.locks.title"), SignInLocksView.class);
            locks.setId("tool-sign-in-locks");
            tools.add(new ListItem(locks));
        }
        if (accessControl.isPermitted(Permissions.DRAFT_LISTS) || accessControl.isPermitted(Permissions.REVIEW_LISTS)) {
            RouterLink lists = new RouterLink(getTranslation("admin.lists.title"), ListWorkView.class);
            lists.setId("tool-lists");
            tools.add(new ListItem(lists));
        }
        if (accessControl.isPermitted(Permissions.PUBLISH_OVERSIGHT)) {
            RouterLink oversight = new RouterLink(getTranslation("admin.oversight.toolLink"), OversightWorkView.class);
            oversight.setId("tool-oversight");
            tools.add(new ListItem(oversight));
        }
        if (accessControl.isPermitted(Permissions.LIST_BLACKLIST) || accessControl.isPermitted(Permissions.REVIEW_BLACKLIST)) {
            RouterLink blacklist = new RouterLink(getTranslation("admin.blacklist.title"), BlacklistWorkView.class);
            blacklist.setId("tool-blacklist");
            tools.add(new ListItem(blacklist));
        }
        if (accessControl.isPermitted(Permissions.LIST_HAZARDS) || accessControl.isPermitted(Permissions.ACCEPT_HAZARDS)) {
            RouterLink hazards = new RouterLink(getTranslation("hazards.admin.title"), MajorHazardWorkView.class);
            hazards.setId("tool-hazards");
            tools.add(new ListItem(hazards));
        }
        if (accessControl.isPermitted(Permissions.PUBLISH_INSPECTIONS)) {
            RouterLink inspections = new RouterLink(getTranslation("admin.inspections.title"), InspectionWorkView.class);
            inspections.setId("tool-inspections");
            tools.add(new ListItem(inspections));
        }
        if (accessControl.isPermitted(Permissions.HANDLE_CASES)) {
            RouterLink cases = new RouterLink(getTranslation("admin.cases.toolLink"), CaseQueueView.class);
            cases.setId("tool-cases");
            tools.add(new ListItem(cases));
        }
        if (accessControl.isPermitted(Permissions.VIEW_AUDIT_LOG)) {
            tools.add(new ListItem(new RouterLink(getTranslation("admin.audit.title"), AuditLogView.class)));
        }
        // Says what is here and the one part still being built, never that existing tools "will come".
        Paragraph scope = new Paragraph(getTranslation("admin.moreTools"));
        scope.setId("admin-tools-scope");
        add(tools, scope);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.heading") + " · " + getTranslation("app.title");
    }
}
