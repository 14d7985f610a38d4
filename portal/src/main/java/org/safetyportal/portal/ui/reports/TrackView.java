package org.safetyportal.portal.ui.reports;

import org.safetyportal.portal.ui.readers.ShowsMoreThanPublished;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ValidationException;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.reporting.tracking.ReportTracking;

/**
 * {@code /track}: the tracking code and PIN from the receipt show where a report stands. A mismatch
 * gets one message whichever of the two was wrong.
 */
@Route(value = "track")
@AnonymousAllowed
@PortalSection(title = "nav.track", icon = VaadinIcon.BARCODE, order = 80)
@Prototype
public class TrackView extends VerticalLayout implements ShowsMoreThanPublished, HasDynamicTitle, BeforeEnterObserver {

    /** The address parameter that fills in the tracking code (the receipt's QR code and file point here). */
    static final String CODE = "code";

    private final ReportTracking tracking;
    private final CityClock cityClock;
    private final TextField code = new TextField();
    private final PasswordField pin = new PasswordField();
    private final Paragraph error = new Paragraph();
    private TrackedCasePanel shown;

    TrackView(ReportTracking tracking, CityClock cityClock) {
        this.cityClock = cityClock;
        this.tracking = tracking;
        addClassName("track-view");
        H1 heading = new H1(getTranslation("section.track.title"));
        heading.setId("section-heading");
        code.setLabel(getTranslation("track.code"));
        code.setId("track-code");
        code.setHelperText(getTranslation("track.code.help"));
        pin.setLabel(getTranslation("track.pin"));
        pin.setId("track-pin");
        error.setId("track-error");
        error.addClassName("report-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button look = new Button(getTranslation("track.submit"), click -> track());
        look.setId("track-submit");
        look.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        look.addClickShortcut(Key.ENTER);
        add(heading, new Paragraph(getTranslation("section.track.purpose")), code, pin, error, look);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(CODE)
                .filter(given -> given.length() <= 20)
                .ifPresent(given -> {
                    code.setValue(given);
                    pin.focus();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.track.title") + " · " + getTranslation("app.title");
    }

    private void track() {
        if (shown != null) {
            remove(shown);
            shown = null;
        }
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            shown = new TrackedCasePanel(tracking.track(code.getValue(), pin.getValue(),
                    request == null ? null : request.getRemoteAddr()), cityClock.zone());
            error.setVisible(false);
            add(shown);
        } catch (ValidationException refused) {
            error.setText(Messages.describe(getLocale(), refused));
            error.setVisible(true);
        }
    }
}
