package org.safetyportal.portal.ui.education;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.safetyportal.portal.ui.MainLayout;

/**
 * The answer to a code that verifies no certificate: HTTP 404, why in words (no such certificate, a typing
 * mistake caught by the check character, or not a code at all), and the form to try again.
 */
@ParentLayout(MainLayout.class)
@Prototype
public class NoSuchCertificateView extends VerticalLayout implements HasErrorParameter<NoSuchCertificateException>,
        HasDynamicTitle {

    private static final Set<String> REASONS = Set.of("certificates.unknown", "certificates.mistyped", "certificates.notACode");

    NoSuchCertificateView() {
        addClassName("certificates-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoSuchCertificateException> parameter) {
        removeAll();
        String reason = parameter.getException().getMessage();
        H1 heading = new H1(getTranslation("certificates.noSuch"));
        heading.setId("certificate-none");
        Paragraph why = new Paragraph(getTranslation(REASONS.contains(reason) ? reason : "certificates.unknown"));
        why.setId("certificate-reason");
        why.addClassName("form-error");
        add(heading, why, CertificateForm.of(this));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.noSuch") + " · " + getTranslation("app.title");
    }
}
