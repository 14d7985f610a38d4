package org.safetyportal.portal.ui.reports;

import org.safetyportal.portal.ui.readers.ShowsMoreThanPublished;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletRequest;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.intake.ReportIntake;

/**
 * {@code /report}: first the emergency numbers, then, for a hazard that can wait for a department, the
 * form; once the report is stored, its receipt in place of the form.
 */
@Route(value = "report")
@AnonymousAllowed
@PortalSection(title = "nav.report", icon = VaadinIcon.EXCLAMATION_CIRCLE_O, order = 70)
@Prototype
public class ReportView extends VerticalLayout implements ShowsMoreThanPublished, HasDynamicTitle {

    private final ReportIntake intake;
    private final CityClock cityClock;
    private final Button start = new Button();
    private ReportForm form;

    ReportView(ReportIntake intake, CityClock cityClock) {
        this.intake = intake;
        this.cityClock = cityClock;
        addClassName("report-view");
        H1 heading = new H1(getTranslation("section.report.title"));
        heading.setId("section-heading");
        start.setText(getTranslation("report.start"));
        start.setId("report-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClickListener(click -> showForm());
        add(heading, new EmergencyPanel(), new Paragraph(getTranslation("section.report.purpose")), start);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.report.title") + " · " + getTranslation("app.title");
    }

    private void showForm() {
        start.setVisible(false);
        form = new ReportForm(intake.categories(), intake.counties(), intake.places());
        form.addSubmitListener(submitted -> submit(submitted.report()));
        add(form);
        form.focusFirstField();
    }

    private void submit(NewReport report) {
        Receipt receipt;
        try {
            receipt = intake.submit(report, DeviceMark.sourceOf(VaadinRequest.getCurrent(), VaadinResponse.getCurrent()));
        } catch (ValidationException refused) {
            form.showError(Messages.describe(getLocale(), refused));
            return;
        }
        remove(form);
        ReceiptPanel panel = new ReceiptPanel(receipt, trackingAddress(receipt), cityClock.zone());
        add(panel);
        panel.scrollIntoView();
    }

    /** Where the reporter follows this report, on this site as the visitor reached it: the code in the address, never the PIN. */
    private static String trackingAddress(Receipt receipt) {
        HttpServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
        String address = request.getRequestURL().toString();
        String site = address.substring(0, address.length() - request.getRequestURI().length()) + request.getContextPath();
        return site + "/track?" + TrackView.CODE + "=" + receipt.trackingCode();
    }
}
