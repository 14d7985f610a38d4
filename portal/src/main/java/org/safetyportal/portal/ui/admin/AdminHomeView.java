package org.safetyportal.portal.ui.admin;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.Sections;
import org.safetyportal.portal.ui.navigation.PortalSection;

/** The staff start page: who you are signed in as, in which roles, and the tools those roles open (the views declared as staff tools). */
@Route(value = "admin")
@PortalSection(title = "nav.admin", icon = VaadinIcon.COG, order = 100)
@RequiresPermission(Permissions.ENTER_ADMIN)
@Prototype
public class AdminHomeView extends VerticalLayout implements HasDynamicTitle {

    AdminHomeView(AccessControl accessControl, RoleLabels roleLabels, Sections sections) {
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
        for (Sections.SectionEntry tool : sections.open(PortalSection.Place.STAFF_TOOLS)) {
            RouterLink link = new RouterLink(getTranslation(tool.titleKey()), tool.view());
            if (!tool.declaration().id().isEmpty()) {
                link.setId(tool.declaration().id());
            }
            tools.add(new ListItem(link));
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
