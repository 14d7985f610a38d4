package org.safetyportal.portal.ui.home;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.portal.ui.completeness.CompletenessView;
import org.safetyportal.portal.ui.lists.ListsView;
import org.safetyportal.portal.ui.education.EducationView;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.portal.ui.reports.ReportView;

/** The front page: what the portal offers, and who supervises which sector (管行业必须管安全). */
@Route(value = "")
@AnonymousAllowed
@PortalSection(title = "nav.home", icon = VaadinIcon.HOME, order = 0)
@Prototype
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationDirectory organization;

    HomeView(OrganizationDirectory organization) {
        this.organization = organization;
        addClassName("home-view");
        H1 heading = new H1(getTranslation("home.heading"));
        heading.setId("home-heading");
        RouterLink completeness = new RouterLink(getTranslation("completeness.open"), CompletenessView.class);
        completeness.setId("home-completeness-link");
        add(heading, new Paragraph(getTranslation("home.intro")), createPillars(), new Paragraph(completeness),
                createSupervisionTable());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    private Component createPillars() {
        Div pillars = new Div(
                pillar("home.publish.title", "home.publish.text", ListsView.class),
                pillar("home.teach.title", "home.teach.text", EducationView.class),
                pillar("home.listen.title", "home.listen.text", ReportView.class));
        pillars.addClassName("home-pillars");
        return pillars;
    }

    private Component pillar(String titleKey, String textKey, Class<? extends Component> target) {
        Div card = new Div(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)),
                new RouterLink(getTranslation("home.more"), target));
        card.addClassName("home-pillar");
        return card;
    }

    private Component createSupervisionTable() {
        String cityCode = organization.city().map(Area::code).orElse("");
        Map<String, Department> cityDepartments = organization.departments().stream()
                .filter(d -> d.area().code().equals(cityCode))
                .collect(Collectors.toMap(Department::typeCode, Function.identity()));
        Grid<Sector> grid = new Grid<>();
        grid.setId("sector-supervision");
        grid.addColumn(s -> s.name().in(getLocale())).setHeader(getTranslation("home.sector")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("sector.kind." + s.kind().name())).setHeader(getTranslation("home.sectorKind")).setAutoWidth(true);
        grid.addColumn(s -> {
            Department department = cityDepartments.get(s.supervisorTypeCode());
            return department == null ? "" : department.name().in(getLocale());
        }).setHeader(getTranslation("home.supervisor")).setAutoWidth(true);
        grid.setItems(organization.sectors());
        grid.setAllRowsVisible(true);
        Div section = new Div(new H2(getTranslation("home.supervision.title")),
                new Paragraph(getTranslation("home.supervision.text",
                        organization.departmentsOtherThanGovernments().size(),
                        organization.areas().size())), grid);
        section.addClassName("home-supervision");
        section.setWidthFull();
        return section;
    }
}
