package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListVersion;

/** The published version a page's {@code :id} route parameter names, if any; anything else is not found. */
final class VersionRoute {

    static final String ID = "id";

    private VersionRoute() {
    }

    static Optional<ListVersion> find(BeforeEnterEvent event, ListCatalogue catalogue) {
        return event.getRouteParameters().get(ID)
                .filter(id -> id.matches("\\d{1,9}"))
                .flatMap(id -> catalogue.version(Integer.parseInt(id)));
    }
}
