package org.safetyportal.portal.ui.admin.blacklist;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.blacklist.BlacklistEntry;
import org.safetyportal.content.blacklist.BlacklistFilter;
import org.safetyportal.content.blacklist.BlacklistRegister;
import org.safetyportal.content.blacklist.BlacklistScope;
import org.safetyportal.content.blacklist.RemovalRequest;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.blacklist.BlacklistEntryView;
import org.safetyportal.portal.ui.navigation.PortalSection;

/**
 * Publishers list entities and request early removals for their departments; reviewers of the
 * department approve or reject the requests (never their own). The service checks every step.
 */
@Route(value = "admin/blacklist")
@PortalSection(title = "admin.blacklist.title", icon = VaadinIcon.BAN, order = 50, place = PortalSection.Place.STAFF_TOOLS, id = "tool-blacklist")
@RequiresPermission({Permissions.LIST_BLACKLIST, Permissions.REVIEW_BLACKLIST})
@Prototype
public class BlacklistWorkView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_CURRENT = 500;

    private final BlacklistRegister register;
    private final Actor actor;
    private final Div message = new Div();
    private final Grid<BlacklistEntry> current = new Grid<>();
    private final Grid<RemovalRequest> pending = new Grid<>();

    BlacklistWorkView(BlacklistRegister register, AccessControl accessControl, OrganizationDirectory organization) {
        this.register = register;
        this.actor = accessControl.actor();
        H1 heading = new H1(getTranslation("admin.blacklist.title"));
        heading.setId("blacklist-work-heading");
        message.setId("bl-message");
        add(heading, message);
        if (actor.isPermitted(Permissions.LIST_BLACKLIST)) {
            add(new H2(getTranslation("admin.blacklist.listHeading")), createListForm(organization),
                    new H2(getTranslation("admin.blacklist.currentHeading")), configureCurrent());
        }
        add(new H2(getTranslation("admin.blacklist.pendingHeading")), configurePending());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.blacklist.title") + " · " + getTranslation("app.title");
    }

    private Component createListForm(OrganizationDirectory organization) {
        BlacklistEntryForm form = new BlacklistEntryForm(
                organization.departmentsFor(actor, Permissions.LIST_BLACKLIST),
                organization.counties(),
                organization.sectors(), register.today());
        Button submit = new Button(getTranslation("admin.blacklist.submit"), click -> {
            BlacklistEntry entry = register.list(actor, form.value());
            form.clearEntity();
            RouterLink link = new RouterLink(getTranslation("admin.blacklist.listed", entry.enterpriseName()),
                    BlacklistEntryView.class, BlacklistEntryView.parameters(entry.id()));
            link.setId("bl-listed-link");
            show(link);
        });
        submit.setId("bl-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(form, submit);
    }

    private Component configureCurrent() {
        current.setId("bl-current");
        current.addColumn(BlacklistEntry::enterpriseName).setHeader(getTranslation("blacklist.column.enterprise")).setFlexGrow(2);
        current.addColumn(BlacklistEntry::decisionNo).setHeader(getTranslation("blacklist.field.decisionNo")).setAutoWidth(true);
        current.addColumn(e -> e.listingDate().toString()).setHeader(getTranslation("blacklist.column.listingDate")).setAutoWidth(true);
        current.addComponentColumn(e -> {
            Button request = new Button(getTranslation("admin.blacklist.requestRemoval"), click -> new RemovalRequestDialog(
                    e, register.today(), (reason, date) -> {
                        register.requestRemoval(actor, e.id(), reason, date);
                        show(new Paragraph(getTranslation("admin.blacklist.requested")));
                    }).open());
            request.setId("request-removal-" + e.id());
            return request;
        }).setAutoWidth(true);
        current.setAllRowsVisible(true);
        return current;
    }

    private Component configurePending() {
        pending.setId("bl-pending");
        pending.addColumn(r -> r.entry().enterpriseName()).setHeader(getTranslation("blacklist.column.enterprise")).setFlexGrow(1);
        pending.addColumn(RemovalRequest::reason).setHeader(getTranslation("blacklist.field.removalReason")).setFlexGrow(2);
        pending.addColumn(r -> r.removalDate().toString()).setHeader(getTranslation("blacklist.field.removalDate")).setAutoWidth(true);
        pending.addColumn(RemovalRequest::requestedBy).setHeader(getTranslation("admin.blacklist.requestedBy")).setAutoWidth(true);
        pending.addComponentColumn(this::decisionButtons).setAutoWidth(true);
        pending.setAllRowsVisible(true);
        return pending;
    }

    private Component decisionButtons(RemovalRequest request) {
        Div buttons = new Div();
        if (!actor.isPermitted(Permissions.REVIEW_BLACKLIST, request.entry().department().id(), null)) {
            return buttons;
        }
        Button approve = new Button(getTranslation("admin.blacklist.approve"), click -> {
            register.approveRemoval(actor, request.id());
            show(new Paragraph(getTranslation("admin.blacklist.approved", request.entry().enterpriseName())));
        });
        approve.setId("approve-entry-" + request.entry().id());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("admin.blacklist.reject"), click -> {
            register.rejectRemoval(actor, request.id());
            show(new Paragraph(getTranslation("admin.blacklist.rejected", request.entry().enterpriseName())));
        });
        reject.setId("reject-entry-" + request.entry().id());
        buttons.add(approve, reject);
        return buttons;
    }

    private void show(Component confirmation) {
        message.removeAll();
        message.add(confirmation);
        message.scrollIntoView();
        refresh();
    }

    private void refresh() {
        if (actor.isPermitted(Permissions.LIST_BLACKLIST)) {
            current.setItems(register.search(BlacklistFilter.of(BlacklistScope.CURRENT), 0, MAX_CURRENT).stream()
                    .filter(e -> actor.isPermitted(Permissions.LIST_BLACKLIST, e.department().id(), null)).toList());
        }
        pending.setItems(register.pendingRequests(actor));
    }
}
