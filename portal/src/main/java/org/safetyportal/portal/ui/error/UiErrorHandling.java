package org.safetyportal.portal.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import org.safetyportal.content.AccountDisabledException;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.SessionEnd;
import org.safetyportal.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures inside a click or a value change: a refused input is explained in the visitor's language;
 * anything else is logged and the visitor sees a short apology, never a stack trace. A click refused
 * because the account has been disabled meanwhile ends the session.
 */
@Singleton
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandling.class);

    private final AccessControl accessControl;

    UiErrorHandling(AccessControl accessControl) {
        this.accessControl = accessControl;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> sessionInit.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            Throwable cause = rootLocalized(error.getThrowable());
            if (cause instanceof AccountDisabledException && ui != null) {
                SessionEnd.forDisabledAccount(accessControl, ui);
                return;
            }
            String message;
            if (cause instanceof LocalizedException localized) {
                message = Messages.describe(ui == null ? null : ui.getLocale(), localized);
            } else {
                LOG.error("Unexpected failure in the user interface", error.getThrowable());
                message = Messages.get(ui == null ? null : ui.getLocale(), "error.unexpected");
            }
            if (ui != null) {
                Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    private static Throwable rootLocalized(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof LocalizedException) {
                return t;
            }
        }
        return throwable;
    }
}
