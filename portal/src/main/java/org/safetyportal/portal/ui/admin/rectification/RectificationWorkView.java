package org.safetyportal.portal.ui.admin.rectification;

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
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.rectification.AccountabilityDecision;
import org.safetyportal.content.rectification.AccountabilityRegister;
import org.safetyportal.content.rectification.ProblemRegister;
import org.safetyportal.content.rectification.RectificationProblem;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.portal.ui.rectification.RectificationParts;

/**
 * Staff work on the 问题整改清单 and the 追责问责清单: the publishers who list major hazards record problems,
 * their completion and accountability decisions (the same permission: the same work of the same department).
 */
@Route(value = "admin/rectification")
@PortalSection(title = "rectification.admin.title", icon = VaadinIcon.TOOLS, order = 61, place = PortalSection.Place.STAFF_TOOLS, id = "tool-rectification")
@RequiresPermission(Permissions.LIST_HAZARDS)
@Prototype
public class RectificationWorkView extends VerticalLayout implements HasDynamicTitle {

    private final ProblemRegister problems;
    private final AccountabilityRegister decisions;
    private final Actor actor;
    private final LocalDate today;
    private final Grid<RectificationProblem> problemGrid = new Grid<>();
    private final Grid<AccountabilityDecision> decisionGrid = new Grid<>();
    private final Span confirmation = new Span();

    RectificationWorkView(ProblemRegister problems, AccountabilityRegister decisions, AccessControl accessControl,
            OrganizationDirectory organization) {
        this.problems = problems;
        this.decisions = decisions;
        this.actor = accessControl.actor();
        this.today = problems.today();
        H1 heading = new H1(getTranslation("rectification.admin.title"));
        heading.setId("rectification-work-heading");
        confirmation.setId("rectification-confirmation");
        confirmation.addClassName("form-confirmation");
        add(heading, new Paragraph(getTranslation("rectification.admin.rules")));
        List<Department> departments = problems.departmentsOf(actor);
        add(new NewProblemForm(departments, organization.counties(), today, input -> {
            RectificationProblem recorded = problems.record(actor, input);
            confirm(getTranslation("rectification.admin.recorded", recorded.problemCode()));
        }), new NewDecisionForm(departments, today, input -> {
            AccountabilityDecision recorded = decisions.record(actor, input);
            confirm(getTranslation("accountability.admin.recorded", recorded.decisionCode()));
        }));
        add(confirmation, new H2(getTranslation("rectification.admin.list")), configureProblemGrid(),
                new H2(getTranslation("accountability.admin.list")), configureDecisionGrid());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rectification.admin.title") + " · " + getTranslation("app.title");
    }

    private Component configureProblemGrid() {
        problemGrid.setId("work-problems");
        problemGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problemGrid.addComponentColumn(p -> RectificationParts.problemLink(p.problemCode(), "work-problem-"))
                .setHeader(getTranslation("rectification.field.problemCode")).setAutoWidth(true);
        problemGrid.addColumn(RectificationProblem::inspectedParty).setHeader(getTranslation("rectification.field.inspectedParty")).setFlexGrow(2);
        problemGrid.addColumn(p -> p.deadline().toString()).setHeader(getTranslation("rectification.field.deadline")).setAutoWidth(true);
        problemGrid.addComponentColumn(RectificationParts::status).setHeader(getTranslation("rectification.field.status")).setAutoWidth(true);
        problemGrid.addComponentColumn(this::completeButton).setHeader(getTranslation("hazards.admin.actions")).setAutoWidth(true);
        problemGrid.setAllRowsVisible(true);
        return problemGrid;
    }

    private Component configureDecisionGrid() {
        decisionGrid.setId("work-decisions");
        decisionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        decisionGrid.addComponentColumn(d -> RectificationParts.decisionLink(d.decisionCode(), "work-decision-"))
                .setHeader(getTranslation("accountability.field.decisionCode")).setAutoWidth(true);
        decisionGrid.addColumn(AccountabilityDecision::heldUnit).setHeader(getTranslation("accountability.field.heldUnit")).setFlexGrow(2);
        decisionGrid.addColumn(AccountabilityDecision::heldPost).setHeader(getTranslation("accountability.field.heldPost")).setAutoWidth(true);
        decisionGrid.addColumn(d -> d.decisionDate().toString()).setHeader(getTranslation("accountability.field.decisionDate")).setAutoWidth(true);
        decisionGrid.setAllRowsVisible(true);
        return decisionGrid;
    }

    private Component completeButton(RectificationProblem problem) {
        if (!problems.mayComplete(actor, problem)) {
            return new Span();
        }
        Button complete = new Button(getTranslation("rectification.admin.complete"),
                click -> new CompletionDialog(problem, today, (date, note) -> {
                    RectificationProblem done = problems.complete(actor, problem.problemCode(), date, note);
                    confirm(getTranslation("rectification.admin.completed", done.problemCode()));
                }).open());
        complete.setId("complete-" + problem.problemCode());
        return complete;
    }

    /** Shows what was published just above the refreshed lists, and brings it into view. */
    private void confirm(String text) {
        confirmation.setText(text);
        refresh();
        confirmation.scrollIntoView();
    }

    private void refresh() {
        problemGrid.setItems(problems.workOf(actor));
        decisionGrid.setItems(decisions.workOf(actor));
    }
}
