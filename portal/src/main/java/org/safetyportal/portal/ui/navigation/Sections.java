package org.safetyportal.portal.ui.navigation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import org.safetyportal.portal.security.AccessControl;

/**
 * The portal's sections as the views declare them ({@link PortalSection}), in order, filtered for the
 * visitor by the same question the navigation guard asks. The routes are fixed once Vaadin has
 * started, so they are read once.
 */
@Singleton
public class Sections {

    private final AccessControl accessControl;
    private volatile List<SectionEntry> declared;

    Sections(AccessControl accessControl) {
        this.accessControl = accessControl;
    }

    /** The sections of one place that the current visitor may enter. */
    public List<SectionEntry> open(PortalSection.Place place) {
        return declared().stream()
                .filter(entry -> entry.place() == place)
                .filter(entry -> accessControl.mayEnter(entry.view()))
                .toList();
    }

    private List<SectionEntry> declared() {
        List<SectionEntry> known = declared;
        if (known == null) {
            known = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                    .map(RouteData::getNavigationTarget)
                    .filter(view -> view.isAnnotationPresent(PortalSection.class))
                    .distinct()
                    .map(SectionEntry::of)
                    .sorted(Comparator.comparingInt(SectionEntry::order))
                    .toList();
            declared = known;
        }
        return known;
    }

    /** One declared section: the view and what its declaration says. */
    public record SectionEntry(Class<? extends Component> view, PortalSection declaration) {

        static SectionEntry of(Class<? extends Component> view) {
            return new SectionEntry(view, view.getAnnotation(PortalSection.class));
        }

        public String titleKey() {
            return declaration.title();
        }

        public PortalSection.Place place() {
            return declaration.place();
        }

        int order() {
            return declaration.order();
        }
    }
}
