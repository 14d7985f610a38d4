package org.safetyportal.portal.ui.admin.alerts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.reporting.alerts.FailedAlerts;
import org.safetyportal.reporting.alerts.FailedAlerts.FailedAlert;

/**
 * {@code /admin/alerts}: the e-mail alerts to reporters that were given up after their attempts (the mail server down
 * or refusing for two days), each with the case, the step it tells of, the attempts and the last error (no address),
 * and "send again" for once the server is mended. For those who run the portal ({@code users:manage}).
 */
@Route(value = "admin/alerts")
@PortalSection(title = "admin.alerts.title", icon = VaadinIcon.ENVELOPE_O, order = 96,
        place = PortalSection.Place.STAFF_TOOLS, id = "tool-alerts")
@RequiresPermission(Permissions.MANAGE_USERS)
@Prototype
public class FailedAlertsView extends VerticalLayout implements HasDynamicTitle {

    private final FailedAlerts failed;
    private final AccessControl accessControl;
    private final DateTimeFormatter time;
    private final Span message = new Span();
    private final Paragraph none = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    FailedAlertsView(FailedAlerts failed, AccessControl accessControl, CityClock city) {
        this.failed = failed;
        this.accessControl = accessControl;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(city.zone());
        message.setId("alerts-message");
        message.getElement().setAttribute("role", "status");
        none.setText(getTranslation("admin.alerts.none"));
        none.setId("alerts-none");
        list.setId("alerts-failed");
        add(new H1(getTranslation("admin.alerts.title")), new Paragraph(getTranslation("admin.alerts.intro")), message, none,
                list);
        refresh();
    }

    private void refresh() {
        List<FailedAlert> alerts = failed.all(accessControl.actor());
        list.removeAll();
        alerts.forEach(alert -> list.add(item(alert)));
        none.setVisible(alerts.isEmpty());
    }

    private ListItem item(FailedAlert alert) {
        Span what = new Span(getTranslation("admin.alerts.about", "hazard-case:" + alert.caseId(),
                alert.action() == null ? "" : getTranslation("case.action." + alert.action()), when(alert.stepAt())));
        Paragraph attempts = new Paragraph(getTranslation("admin.alerts.attempts", alert.attempts(), when(alert.lastAttemptAt())));
        Paragraph error = new Paragraph(getTranslation("admin.alerts.error", alert.error() == null ? "" : alert.error()));
        error.addClassName("alert-error");
        Button again = new Button(getTranslation("admin.alerts.sendAgain"), click -> sendAgain(alert));
        again.setId("alert-send-again-" + alert.id());
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        ListItem item = new ListItem(new Div(what), attempts, error, again);
        item.setId("alert-" + alert.id());
        item.addClassName("failed-alert");
        return item;
    }

    private void sendAgain(FailedAlert alert) {
        try {
            failed.sendAgain(accessControl.actor(), alert.id());
            message.setText(getTranslation("admin.alerts.sentAgain", "hazard-case:" + alert.caseId()));
        } catch (LocalizedException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
        }
        refresh();
    }

    private String when(Instant at) {
        return at == null ? "" : time.format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.alerts.title") + " · " + getTranslation("app.title");
    }
}
