package org.safetyportal.portal.ui.navigation;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view that is a section of the portal: it appears in the side navigation or among the staff
 * home's tools, for the visitors who may enter it. Declaring it here is all a new section needs; the
 * frame and the staff home are built from these declarations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PortalSection {

    /** The message key of the section's name. */
    String title();

    VaadinIcon icon();

    /** Position among the sections of the same place, lowest first. */
    int order();

    Place place() default Place.MENU;

    /** The element id of the link, for the few links that tests and styles find by id. */
    String id() default "";

    enum Place {
        /** The side navigation, for everyone who may enter. */
        MENU,
        /** The staff home's list of tools. */
        STAFF_TOOLS
    }
}
