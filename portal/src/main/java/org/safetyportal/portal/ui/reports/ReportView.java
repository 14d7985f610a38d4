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
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.reporting.challenge.HumanCheck;
import org.safetyportal.reporting.challenge.HumanCheckRequired;
import org.safetyportal.reporting.alerts.ReportAlerts;
import org.safetyportal.reporting.duplicates.CaseSupports;
import org.safetyportal.reporting.duplicates.Draft;
import org.safetyportal.reporting.duplicates.SimilarCase;
import org.safetyportal.reporting.duplicates.SimilarReports;
import org.safetyportal.reporting.duplicates.Support;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.intake.ReportIntake;

/**
 * {@code /report}: first the emergency numbers, then, for a hazard that can wait for a department, the
 * form; before it is stored, the open cases it may repeat ({@link SimilarCasesPanel}), which the visitor
 * may support instead; once the report is stored, its receipt in place of the form.
 */
@Route(value = "report")
@AnonymousAllowed
@PortalSection(title = "nav.report", icon = VaadinIcon.EXCLAMATION_CIRCLE_O, order = 70)
@Prototype
public class ReportView extends VerticalLayout implements ShowsMoreThanPublished, HasDynamicTitle {

    private final ReportIntake intake;
    private final SimilarReports similarReports;
    private final CaseSupports supports;
    private final CityClock cityClock;
    private final HumanCheck humanCheck;
    private final ReportAlerts alerts;
    private final Button start = new Button();
    private ReportForm form;
    private SimilarCasesPanel offered;
    /** The visitor said "mine is different" once: the same form is not offered the cases again. */
    private boolean declined;

    ReportView(ReportIntake intake, SimilarReports similarReports, CaseSupports supports, CityClock cityClock,
            HumanCheck humanCheck, ReportAlerts alerts) {
        this.intake = intake;
        this.humanCheck = humanCheck;
        this.alerts = alerts;
        this.similarReports = similarReports;
        this.supports = supports;
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
        form = new ReportForm(intake.categories(), intake.counties(), intake.places(), alerts.offered());
        form.addSubmitListener(submitted -> submit(submitted.report()));
        add(form);
        form.focusFirstField();
    }

    /** Before saving, the open cases this report may repeat, if any; otherwise saved at once. */
    private void submit(NewReport report) {
        List<SimilarCase> similar = declined ? List.of() : similarReports.to(new Draft(report.areaCode(),
                report.townshipCode(), report.sectorCode(), report.description()));
        if (similar.isEmpty()) {
            save(report);
            return;
        }
        form.setVisible(false);
        offered = new SimilarCasesPanel(similar, cityClock.zone(), this::support, () -> {
            declined = true;
            remove(offered);
            form.setVisible(true);
            save(report);
        });
        add(offered);
        offered.scrollIntoView();
    }

    private void support(String caseNumber) {
        Support support;
        try {
            support = supports.support(caseNumber, DeviceMark.sourceOf(VaadinRequest.getCurrent(), VaadinResponse.getCurrent()),
                    offered.humanCheckAnswer());
        } catch (HumanCheckRequired asked) {
            offered.askHumanCheck(new HumanCheckPanel(humanCheck), Messages.describe(getLocale(), asked));
            return;
        } catch (ValidationException refused) {
            offered.showError(Messages.describe(getLocale(), refused));
            return;
        }
        remove(offered, form);
        SupportedPanel panel = new SupportedPanel(support);
        add(panel);
        panel.scrollIntoView();
    }

    private void save(NewReport report) {
        Receipt receipt;
        try {
            receipt = intake.submit(report, DeviceMark.sourceOf(VaadinRequest.getCurrent(), VaadinResponse.getCurrent()),
                    form.humanCheckAnswer(), getLocale(), site());
        } catch (HumanCheckRequired asked) {
            form.askHumanCheck(new HumanCheckPanel(humanCheck), Messages.describe(getLocale(), asked));
            return;
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
        return site() + "/track?" + TrackView.CODE + "=" + receipt.trackingCode();
    }

    /** This site as the visitor reached it (scheme, host, port and context path), for links to it. */
    private static String site() {
        HttpServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
        String address = request.getRequestURL().toString();
        return address.substring(0, address.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
