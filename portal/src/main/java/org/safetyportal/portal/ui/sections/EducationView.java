package org.safetyportal.portal.ui.sections;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.portal.ui.MainLayout;
import org.safetyportal.portal.ui.navigation.PortalSection;

@Route(value = "education", layout = MainLayout.class)
@AnonymousAllowed
@PortalSection(title = "nav.education", icon = VaadinIcon.ACADEMY_CAP, order = 60)
@Prototype
public class EducationView extends ComingSoonSection {

    EducationView() {
        super("education");
    }
}
