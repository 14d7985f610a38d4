package org.safetyportal.portal.ui.education;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.education.certificates.Certificate;
import org.safetyportal.content.education.certificates.Certificates;
import org.safetyportal.portal.ui.readers.ShowsMoreThanPublished;

/**
 * Where anyone checks a certificate: {@code /certificates} asks for the code (a plain form, so it works without
 * JavaScript), {@code /certificates/{code}} and {@code /certificates?code=} say whether it is valid and what it
 * states. A code that verifies nothing answers 404 and says why ({@link NoSuchCertificateView}). The typed text
 * is never shown back: only the code as stored.
 */
@Route(value = CertificatesView.ROUTE + "/:" + CertificatesView.CODE + "?")
@AnonymousAllowed
@Prototype
public class CertificatesView extends VerticalLayout implements ShowsMoreThanPublished, BeforeEnterObserver,
        HasDynamicTitle {

    static final String ROUTE = "certificates";
    static final String CODE = "code";

    private final Certificates certificates;

    CertificatesView(Certificates certificates) {
        this.certificates = certificates;
        addClassName("certificates-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> typed = event.getRouteParameters().get(CODE).or(() -> event.getLocation().getQueryParameters()
                .getParameters().getOrDefault(CertificateForm.PARAMETER, List.of()).stream().findFirst());
        H1 heading = new H1(getTranslation("certificates.title"));
        heading.setId("certificates-title");
        add(heading);
        if (typed.isEmpty()) {
            add(new Paragraph(getTranslation("certificates.intro")), CertificateForm.of(this));
            return;
        }
        Certificates.Verification verification = certificates.verify(typed.get());
        switch (verification.outcome()) {
            case VALID -> show(verification.certificate());
            case MISTYPED -> event.rerouteToError(new NoSuchCertificateException("certificates.mistyped"), "certificates.mistyped");
            case NOT_A_CODE -> event.rerouteToError(new NoSuchCertificateException("certificates.notACode"), "certificates.notACode");
            case UNKNOWN -> event.rerouteToError(new NoSuchCertificateException("certificates.unknown"), "certificates.unknown");
        }
    }

    private void show(Certificate c) {
        H2 valid = new H2(getTranslation("certificates.valid", c.groupedCode()));
        valid.setId("certificate-valid");
        Paragraph states = new Paragraph(getTranslation("certificates.states", c.displayName(), c.passedOn().toString(),
                c.lessonTitle(getLocale()), c.score(), c.total(), c.percent(), c.passMark()));
        states.setId("certificate-states");
        Div about = new Div(states);
        if (c.selfStudy()) {
            Paragraph selfStudy = new Paragraph(getTranslation("certificates.selfStudy"));
            selfStudy.setId("certificate-self-study");
            about.add(selfStudy);
        } else if (c.organisationName() != null) {
            Paragraph organisation = new Paragraph(getTranslation("certificates.organisation", c.organisationName()));
            organisation.setId("certificate-organisation");
            about.add(organisation);
        }
        add(valid, about, new H2(getTranslation("certificates.another")), CertificateForm.of(this));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title") + " · " + getTranslation("app.title");
    }
}
