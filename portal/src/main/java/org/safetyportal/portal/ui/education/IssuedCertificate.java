package org.safetyportal.portal.ui.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.safetyportal.content.education.certificates.Certificate;

/** A certificate just issued, as its holder sees it: the code to note down, the PDF to download, and where anyone can verify it. */
final class IssuedCertificate {

    private IssuedCertificate() {
    }

    static Component of(Certificate certificate, Component translations, Locale locale) {
        Paragraph code = new Paragraph(translations.getTranslation("education.certificate.issued", certificate.groupedCode()));
        code.setId("certificate-issued");
        Anchor download = new Anchor("/api/education/certificates/" + certificate.code() + ".pdf?lang="
                + locale.toLanguageTag(), translations.getTranslation("education.certificate.download"));
        download.setId("certificate-download");
        download.getElement().setAttribute("download", true);
        RouterLink verify = new RouterLink(translations.getTranslation("education.certificate.verifyLink"),
                CertificatesView.class, new RouteParameters(CertificatesView.CODE, certificate.code()));
        verify.setId("certificate-verify-link");
        Div box = new Div(code, download, new Paragraph(verify));
        box.setId("certificate");
        return box;
    }
}
