package org.safetyportal.portal.ui.admin.education;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.education.lessons.Audience;
import org.safetyportal.content.education.lessons.EducationReference;
import org.safetyportal.content.education.sessions.EducationOrganisation;
import org.safetyportal.content.education.sessions.Organisations;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.PortalSection;

/** Administrators register the schools and communities that run sessions and link educators (SESSION_HOST accounts) to them. */
@Route(value = "admin/education/organisations")
@PortalSection(title = "admin.education.organisations.title", icon = VaadinIcon.ACADEMY_CAP, order = 80,
        place = PortalSection.Place.STAFF_TOOLS, id = "tool-education-organisations")
@RequiresPermission(Permissions.MANAGE_USERS)
@Prototype
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final Organisations organisations;
    private final AccessControl accessControl;
    private final OrganizationDirectory directory;
    private final EducationReference reference;
    private final Grid<EducationOrganisation> grid = new Grid<>();
    private final Select<EducationOrganisation> educatorOrganisation = new Select<>();
    private final Span message = new Span();

    OrganisationsView(Organisations organisations, AccessControl accessControl, OrganizationDirectory directory,
            EducationReference reference) {
        this.organisations = organisations;
        this.accessControl = accessControl;
        this.directory = directory;
        this.reference = reference;
        H1 heading = new H1(getTranslation("admin.education.organisations.title"));
        message.setId("organisations-message");
        add(heading, registerForm(), educatorForm(), message, grid());
        refresh();
    }

    private HorizontalLayout registerForm() {
        TextField name = new TextField(getTranslation("admin.education.organisations.name"));
        name.setId("organisation-name");
        name.setMaxLength(100);
        Select<Audience> kind = new Select<>();
        kind.setId("organisation-kind");
        kind.setLabel(getTranslation("admin.education.organisations.kind"));
        kind.setItems(reference.audiences());
        kind.setItemLabelGenerator(a -> a.name().in(getLocale()));
        Select<Area> county = new Select<>();
        county.setId("organisation-county");
        county.setLabel(getTranslation("admin.education.organisations.county"));
        county.setItems(directory.counties());
        county.setItemLabelGenerator(a -> a.name().in(getLocale()));
        Button register = new Button(getTranslation("admin.education.organisations.register"), click -> act(() -> {
            EducationOrganisation added = organisations.register(accessControl.actor(), name.getValue(),
                    kind.getValue() == null ? null : kind.getValue().code(), county.getValue() == null ? -1 : county.getValue().id());
            name.clear();
            return getTranslation("admin.education.organisations.registered", added.name());
        }));
        register.setId("organisation-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, kind, county, register);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private VerticalLayout educatorForm() {
        educatorOrganisation.setId("educator-organisation");
        educatorOrganisation.setLabel(getTranslation("admin.education.organisations.organisation"));
        educatorOrganisation.setItemLabelGenerator(EducationOrganisation::name);
        TextField username = new TextField(getTranslation("admin.education.organisations.username"));
        username.setId("educator-username");
        username.setMaxLength(64);
        Button add = new Button(getTranslation("admin.education.organisations.addEducator"), click -> act(() -> {
            if (educatorOrganisation.getValue() == null) {
                return getTranslation("admin.education.organisations.chooseOrganisation");
            }
            organisations.addEducator(accessControl.actor(), educatorOrganisation.getValue().id(), username.getValue());
            return getTranslation("admin.education.organisations.educatorAdded", username.getValue().strip(),
                    educatorOrganisation.getValue().name());
        }));
        add.setId("educator-add");
        HorizontalLayout form = new HorizontalLayout(educatorOrganisation, username, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("admin.education.organisations.educators")), form);
        section.setPadding(false);
        return section;
    }

    private Grid<EducationOrganisation> grid() {
        grid.setId("organisations-grid");
        grid.addColumn(EducationOrganisation::name).setHeader(getTranslation("admin.education.organisations.name"))
                .setAutoWidth(true);
        grid.addColumn(o -> reference.audience(o.audienceCode()).map(a -> a.name().in(getLocale())).orElse(o.audienceCode()))
                .setHeader(getTranslation("admin.education.organisations.kind")).setAutoWidth(true);
        grid.addColumn(o -> directory.area(o.areaId()).map(a -> a.name().in(getLocale())).orElse(""))
                .setHeader(getTranslation("admin.education.organisations.county")).setAutoWidth(true);
        grid.addColumn(o -> String.join("、", organisations.educatorsOf(o.id())))
                .setHeader(getTranslation("admin.education.organisations.educators")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void act(java.util.function.Supplier<String> action) {
        try {
            message.setText(action.get());
            refresh();
        } catch (LocalizedException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
        }
    }

    private void refresh() {
        var all = organisations.all();
        grid.setItems(all);
        var chosen = educatorOrganisation.getValue();
        educatorOrganisation.setItems(all);
        if (chosen != null) {
            all.stream().filter(o -> o.id() == chosen.id()).findFirst().ifPresent(educatorOrganisation::setValue);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.education.organisations.title") + " · " + getTranslation("app.title");
    }
}
