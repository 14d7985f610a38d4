package org.safetyportal.portal.ui.admin.users;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.account.SignInLock;
import org.safetyportal.content.account.SignInThrottle;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.PortalSection;

/** The sign-in locks in force, each with who and where it locks, and a button to lift it (audited). */
@Route(value = "admin/sign-in-locks")
@PortalSection(title = "admin.locks.title", icon = VaadinIcon.LOCK, order = 20, place = PortalSection.Place.STAFF_TOOLS, id = "tool-sign-in-locks")
@RequiresPermission(Permissions.MANAGE_USERS)
@Prototype
public class SignInLocksView extends VerticalLayout implements HasDynamicTitle {


    private final SignInThrottle throttle;
    private final DateTimeFormatter time;
    private final AccessControl accessControl;
    private final Grid<SignInLock> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    SignInLocksView(SignInThrottle throttle, AccessControl accessControl, CityClock city) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(city.zone());
        this.throttle = throttle;
        this.accessControl = accessControl;
        setSizeFull();
        H1 heading = new H1(getTranslation("admin.locks.title"));
        heading.setId("locks-heading");
        none.setId("no-locks");
        none.setText(getTranslation("admin.locks.none"));
        add(heading, new Paragraph(getTranslation("admin.locks.explain", SignInThrottle.FREE_FAILURES_PER_NAME,
                SignInThrottle.FREE_FAILURES_PER_ADDRESS, SignInThrottle.MAX_LOCK.toMinutes())), none, configureGrid());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.locks.title") + " · " + getTranslation("app.title");
    }

    private Grid<SignInLock> configureGrid() {
        grid.setId("locks-grid");
        // The button first: on a phone the last columns are off screen.
        grid.addComponentColumn(this::liftButton).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true);
        grid.addColumn(lock -> getTranslation("admin.locks.kind." + lock.kind().name()))
                .setHeader(getTranslation("admin.locks.kind")).setAutoWidth(true);
        grid.addColumn(SignInLock::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        grid.addColumn(SignInLock::address).setHeader(getTranslation("admin.locks.address")).setAutoWidth(true);
        grid.addColumn(SignInLock::failures).setHeader(getTranslation("admin.locks.failures")).setAutoWidth(true);
        grid.addColumn(lock -> time.format(lock.lockedUntil())).setHeader(getTranslation("admin.locks.until")).setAutoWidth(true);
        grid.setWidthFull();
        return grid;
    }

    private Component liftButton(SignInLock lock) {
        Button lift = new Button(getTranslation("admin.locks.lift"), click -> {
            throttle.lift(accessControl.actor(), lock.id());
            refresh();
            Notification.show(getTranslation("admin.locks.lifted", lock.target()), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        lift.setId("lift-" + lock.id());
        lift.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return lift;
    }

    private void refresh() {
        var locks = throttle.locks(accessControl.actor());
        grid.setItems(locks);
        grid.setVisible(!locks.isEmpty());
        none.setVisible(locks.isEmpty());
    }
}
