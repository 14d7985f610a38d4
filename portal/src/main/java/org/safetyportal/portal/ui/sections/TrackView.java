package org.safetyportal.portal.ui.sections;

import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.portal.ui.MainLayout;

@Route(value = "track", layout = MainLayout.class)
@Prototype
public class TrackView extends ComingSoonSection {

    TrackView() {
        super("track");
    }
}
