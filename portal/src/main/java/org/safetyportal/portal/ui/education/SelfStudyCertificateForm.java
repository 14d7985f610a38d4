package org.safetyportal.portal.ui.education;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.education.certificates.Certificates;
import org.safetyportal.content.education.sessions.DisplayNames;

/**
 * Under a passed self-study quiz: asks for the name to print and, once the server has checked the name and that the
 * attempt is this visitor's and passed, shows the certificate in its place. The page only passes on the attempt's
 * key and the browser session's taker key; what the certificate states comes from the stored attempt.
 */
final class SelfStudyCertificateForm extends Div {

    private final Certificates certificates;
    private final String attemptKey;
    private final String takerKey;
    private final TextField name = new TextField();
    private final Span error = new Span();

    SelfStudyCertificateForm(Certificates certificates, String attemptKey, String takerKey) {
        this.certificates = certificates;
        this.attemptKey = attemptKey;
        this.takerKey = takerKey;
        setId("certificate-request");
        Paragraph offer = new Paragraph(getTranslation("education.certificate.offer"));
        name.setLabel(getTranslation("education.certificate.name"));
        name.setId("certificate-name");
        name.setWidthFull();
        name.setHelperText(getTranslation("education.certificate.nameHelp"));
        // A little room over the limit, so that a name too long is refused in words rather than cut silently.
        name.setMaxLength(DisplayNames.MAX_LENGTH * 2);
        Button ask = new Button(getTranslation("education.certificate.ask"), click -> ask());
        ask.setId("certificate-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("certificate-error");
        error.addClassName("form-error");
        add(offer, name, ask, error);
    }

    private void ask() {
        error.setText(null);
        try {
            var certificate = certificates.issueSelfStudy(attemptKey, takerKey, name.getValue());
            removeAll();
            add(IssuedCertificate.of(certificate, this, getLocale()));
        } catch (ValidationException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
        }
    }
}
