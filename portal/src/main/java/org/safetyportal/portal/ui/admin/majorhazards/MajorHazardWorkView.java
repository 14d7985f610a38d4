package org.safetyportal.portal.ui.admin.majorhazards;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.majorhazards.HazardStatus;
import org.safetyportal.content.majorhazards.MajorHazard;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.majorhazards.HazardBadges;
import org.safetyportal.portal.ui.navigation.PortalSection;

/** Staff work on the major hazard register: publishers list hazards and record progress; reviewers sign off 验收销号. */
@Route(value = "admin/hazards")
@PortalSection(title = "hazards.admin.title", icon = VaadinIcon.WARNING, order = 60, place = PortalSection.Place.STAFF_TOOLS, id = "tool-hazards")
@RequiresPermission({Permissions.LIST_HAZARDS, Permissions.ACCEPT_HAZARDS})
@Prototype
public class MajorHazardWorkView extends VerticalLayout implements HasDynamicTitle {

    private final MajorHazardRegister register;
    private final Actor actor;
    private final LocalDate today;
    private final Grid<MajorHazard> grid = new Grid<>();
    private final Span confirmation = new Span();

    MajorHazardWorkView(MajorHazardRegister register, AccessControl accessControl, OrganizationDirectory organization) {
        this.register = register;
        this.actor = accessControl.actor();
        this.today = register.today();
        H1 heading = new H1(getTranslation("hazards.admin.title"));
        heading.setId("hazard-work-heading");
        confirmation.setId("hazard-confirmation");
        confirmation.addClassName("form-confirmation");
        add(heading, new Paragraph(getTranslation("hazards.admin.rules")));
        List<Department> listing = organization.departmentsFor(actor, Permissions.LIST_HAZARDS);
        if (!listing.isEmpty()) {
            add(new NewHazardForm(listing, organization.counties(),
                    organization.sectors(), today, input -> {
                        MajorHazard listed = register.list(actor, input);
                        confirm(getTranslation("hazards.admin.listed", listed.registerCode()));
                    }));
        }
        add(confirmation, new H2(getTranslation("hazards.admin.list")), configureGrid());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hazards.admin.title") + " · " + getTranslation("app.title");
    }

    private Component configureGrid() {
        grid.setId("work-hazards");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(h -> HazardBadges.permalink(h, "work-link-")).setHeader(getTranslation("hazards.field.registerCode")).setAutoWidth(true);
        grid.addColumn(MajorHazard::enterpriseName).setHeader(getTranslation("hazards.field.enterprise")).setFlexGrow(2);
        grid.addColumn(h -> h.deadline().toString()).setHeader(getTranslation("hazards.field.deadline")).setAutoWidth(true);
        grid.addComponentColumn(h -> {
            Component status = HazardBadges.status(h);
            status.setId("work-status-" + h.registerCode());
            return status;
        }).setHeader(getTranslation("hazards.field.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("hazards.admin.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component actions(MajorHazard hazard) {
        List<HazardStatus> steps = register.nextSteps(actor, hazard);
        if (steps.isEmpty()) {
            return new Span();
        }
        boolean acceptance = HazardStatus.isAcceptanceStep(hazard.status());
        Button step = new Button(getTranslation(acceptance ? "hazards.admin.accept" : "hazards.admin.recordStep"),
                click -> new HazardStepDialog(hazard, steps, today, change -> {
                    MajorHazard updated = register.recordStep(actor, hazard.registerCode(), change);
                    confirm(getTranslation("hazards.admin.recorded", updated.registerCode(),
                            getTranslation("hazards.status." + updated.status().name())));
                }).open());
        step.setId("step-" + hazard.registerCode());
        return step;
    }

    /** Shows what was published just above the refreshed list, and brings both into view. */
    private void confirm(String text) {
        confirmation.setText(text);
        refresh();
        confirmation.scrollIntoView();
    }

    private void refresh() {
        grid.setItems(register.workOf(actor));
    }
}
