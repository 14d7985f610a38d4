package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.reporting.challenge.ChallengeAnswer;
import org.safetyportal.reporting.identity.ReporterIdentity;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.ReportingPlaces;
import org.safetyportal.reporting.intake.Township;

/**
 * The report itself, in the order a citizen thinks of it: what kind of hazard (with everyday examples),
 * where, what was seen (with photos, {@link PhotoPicker}), and whether to give a name (with an email for
 * alerts only when the portal sends them, else saying why none is asked). It fires
 * {@link SubmitEvent} with what was filled in and leaves checking to the service, whose refusals
 * {@link #showError} displays.
 */
class ReportForm extends VerticalLayout {

    private static final String ANONYMOUS = "anonymous";
    private static final String REAL_NAME = "realName";

    private final ReportingPlaces places;
    private final Select<Sector> category = new Select<>();
    private final Select<Area> county = new Select<>();
    private final Select<Township> township = new Select<>();
    private final TextField address = new TextField();
    private final Button locate = new Button();
    private final Span position = new Span();
    private final TextField enterprise = new TextField();
    private final TextField creditCode = new TextField();
    private final TextArea description = new TextArea();
    private final PhotoPicker photos = new PhotoPicker();
    private final RadioButtonGroup<String> identity = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final Checkbox consent = new Checkbox();
    private final Div realNameFields = new Div();
    private final Paragraph emailUnavailable = new Paragraph();
    private final boolean emailOffered;
    private final Paragraph error = new Paragraph();
    private final HumanCheckSlot humanCheckSlot = new HumanCheckSlot();
    private final Button submit = new Button();
    private BigDecimal latitude;
    private BigDecimal longitude;

    /** {@code emailOffered}: whether the portal sends e-mail alerts, so that an email is worth asking for. */
    ReportForm(List<Sector> sectors, List<Area> counties, ReportingPlaces places, boolean emailOffered) {
        this.places = places;
        this.emailOffered = emailOffered;
        setId("report-form");
        addClassName("report-form");
        setPadding(false);
        configureWhat(sectors);
        configureWhere(counties);
        configureWho();
        error.setId("report-error");
        error.addClassName("report-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        submit.setText(getTranslation("report.submit"));
        submit.setId("report-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClickListener(click -> fireEvent(new SubmitEvent(this, report())));
        add(new H2(getTranslation("report.form.what")), category, description, photos, enterprise, creditCode,
                new H2(getTranslation("report.form.where")), county, township, address, locate, position,
                new H2(getTranslation("report.form.who")), identity, realNameFields,
                new Paragraph(getTranslation("report.privacy")), humanCheckSlot, error, submit);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        submit.setEnabled(true);
    }

    /** Asks for the human check (a new one after a wrong answer) before the report is sent again. */
    void askHumanCheck(HumanCheckPanel panel, String message) {
        showError(message);
        humanCheckSlot.ask(panel);
    }

    /** The answer to the human check shown, if one is. */
    ChallengeAnswer humanCheckAnswer() {
        return humanCheckSlot.answer();
    }

    void focusFirstField() {
        category.focus();
    }

    private void configureWhat(List<Sector> sectors) {
        category.setLabel(getTranslation("report.field.category"));
        category.setId("report-category");
        category.setItems(sectors);
        category.setItemLabelGenerator(sector -> sector.name().in(getLocale()));
        category.setRenderer(new ComponentRenderer<>(sector -> {
            Div item = new Div(new Span(sector.name().in(getLocale())));
            places.examples(sector.code()).ifPresent(examples -> {
                Span small = new Span(examples.in(getLocale()));
                small.addClassName("report-category-examples");
                item.add(small);
            });
            return item;
        }));
        category.setHelperText(getTranslation("report.field.category.help"));
        category.addValueChangeListener(change -> category.setHelperText(Optional.ofNullable(change.getValue())
                .flatMap(sector -> places.examples(sector.code())).map(examples -> examples.in(getLocale()))
                .orElse(getTranslation("report.field.category.help"))));
        category.setWidthFull();
        description.setLabel(getTranslation("report.field.description"));
        description.setId("report-description");
        description.setHelperText(getTranslation("report.field.description.help"));
        description.setWidthFull();
        description.setMinHeight("8em");
        enterprise.setLabel(getTranslation("report.field.enterprise"));
        enterprise.setId("report-enterprise");
        enterprise.setWidthFull();
        creditCode.setLabel(getTranslation("report.field.creditCode"));
        creditCode.setId("report-credit-code");
        creditCode.setHelperText(getTranslation("report.field.creditCode.help"));
        creditCode.setWidthFull();
    }

    private void configureWhere(List<Area> counties) {
        county.setLabel(getTranslation("report.field.county"));
        county.setId("report-county");
        county.setItems(counties);
        county.setItemLabelGenerator(area -> area.name().in(getLocale()));
        county.setWidthFull();
        township.setLabel(getTranslation("report.field.township"));
        township.setId("report-township");
        township.setItemLabelGenerator(t -> t == null ? getTranslation("report.field.township.none") : t.name().in(getLocale()));
        township.setEmptySelectionAllowed(true);
        township.setEmptySelectionCaption(getTranslation("report.field.township.none"));
        township.setWidthFull();
        township.setEnabled(false);
        county.addValueChangeListener(change -> {
            List<Township> townships = change.getValue() == null ? List.of() : places.townships(change.getValue().code());
            township.setItems(townships);
            township.setEnabled(!townships.isEmpty());
        });
        address.setLabel(getTranslation("report.field.address"));
        address.setId("report-address");
        address.setHelperText(getTranslation("report.field.address.help"));
        address.setWidthFull();
        locate.setText(getTranslation("report.locate"));
        locate.setId("report-locate");
        locate.addClickListener(click -> askForPosition());
        position.setId("report-position");
        position.getElement().setAttribute("aria-live", "polite");
    }

    private void configureWho() {
        identity.setLabel(getTranslation("report.field.identity"));
        identity.setId("report-identity");
        identity.setItems(ANONYMOUS, REAL_NAME);
        identity.setItemLabelGenerator(choice -> getTranslation("report.identity." + choice));
        identity.setValue(ANONYMOUS);
        name.setLabel(getTranslation("report.field.name"));
        name.setId("report-name");
        phone.setLabel(getTranslation("report.field.phone"));
        phone.setId("report-phone");
        email.setLabel(getTranslation("report.field.email"));
        email.setId("report-email");
        email.setHelperText(getTranslation("report.field.email.help"));
        email.setVisible(emailOffered);
        emailUnavailable.setText(getTranslation("report.field.email.unavailable"));
        emailUnavailable.setId("report-email-unavailable");
        emailUnavailable.setVisible(!emailOffered);
        consent.setLabel(getTranslation("report.consent"));
        consent.setId("report-consent");
        for (var field : List.of(name, phone, email)) {
            field.setWidthFull();
        }
        realNameFields.add(name, phone, email, emailUnavailable, consent);
        realNameFields.setVisible(false);
        realNameFields.setId("report-real-name");
        identity.addValueChangeListener(change -> realNameFields.setVisible(REAL_NAME.equals(change.getValue())));
    }

    /** The phone's position, only when the reporter asks and the browser agrees; the form works without it. */
    private void askForPosition() {
        position.setText(getTranslation("report.locate.asking"));
        getElement().executeJs("return new Promise(resolve => {"
                + "if (!navigator.geolocation) { resolve(''); return; }"
                + "navigator.geolocation.getCurrentPosition("
                + "p => resolve(p.coords.latitude.toFixed(6) + ',' + p.coords.longitude.toFixed(6)),"
                + "() => resolve(''), {timeout: 15000});})")
                .then(String.class, this::positionFound, failure -> positionFound(""));
    }

    private void positionFound(String coordinates) {
        String[] parts = coordinates == null ? new String[0] : coordinates.split(",");
        if (parts.length != 2) {
            latitude = null;
            longitude = null;
            position.setText(getTranslation("report.locate.unavailable"));
            return;
        }
        try {
            latitude = new BigDecimal(parts[0]);
            longitude = new BigDecimal(parts[1]);
            position.setText(getTranslation("report.locate.found", parts[0], parts[1]));
        } catch (NumberFormatException notANumber) {
            latitude = null;
            longitude = null;
            position.setText(getTranslation("report.locate.unavailable"));
        }
    }

    private NewReport report() {
        submit.setEnabled(false);
        boolean realName = REAL_NAME.equals(identity.getValue());
        ReporterIdentity reporter = realName
                ? new ReporterIdentity(name.getValue(), phone.getValue(), emailOffered ? email.getValue() : null) : null;
        return new NewReport(category.getValue() == null ? null : category.getValue().code(),
                county.getValue() == null ? null : county.getValue().code(),
                township.getValue() == null ? null : township.getValue().code(), address.getValue(), latitude, longitude,
                enterprise.getValue(), creditCode.getValue(), description.getValue(), reporter,
                realName && consent.getValue(), photos.photos());
    }

    /** The reporter asked to send what the form holds. */
    static class SubmitEvent extends ComponentEvent<ReportForm> {

        private final NewReport report;

        SubmitEvent(ReportForm source, NewReport report) {
            super(source, false);
            this.report = report;
        }

        NewReport report() {
            return report;
        }
    }
}
