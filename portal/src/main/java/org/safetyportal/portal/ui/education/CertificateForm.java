package org.safetyportal.portal.ui.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.dom.Element;

/**
 * The form that asks for a certificate's code: a plain HTML form that sends {@code GET /certificates?code=…},
 * so that it works the same with or without JavaScript (the readers' copy of the page keeps it as it is).
 */
final class CertificateForm {

    static final String PARAMETER = "code";

    private CertificateForm() {
    }

    static Component of(Component translations) {
        Div box = new Div();
        box.addClassName("certificate-form");
        Element form = new Element("form");
        form.setAttribute("method", "get");
        form.setAttribute("action", "/" + CertificatesView.ROUTE);
        NativeLabel label = new NativeLabel(translations.getTranslation("certificates.code"));
        label.setFor("certificate-code");
        Input code = new Input();
        code.setId("certificate-code");
        code.getElement().setAttribute("name", PARAMETER);
        code.getElement().setAttribute("maxlength", "40");
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("placeholder", "ABCD-EFGH-JKMN");
        code.getElement().setAttribute("aria-describedby", "certificate-code-help");
        Div help = new Div();
        help.setId("certificate-code-help");
        help.setText(translations.getTranslation("certificates.codeHelp"));
        help.addClassName("lesson-about");
        NativeButton verify = new NativeButton(translations.getTranslation("certificates.verify"));
        verify.setId("certificate-verify");
        verify.getElement().setAttribute("type", "submit");
        form.appendChild(label.getElement(), new Element("br"), code.getElement(), verify.getElement(), help.getElement());
        box.getElement().appendChild(form);
        return box;
    }
}
