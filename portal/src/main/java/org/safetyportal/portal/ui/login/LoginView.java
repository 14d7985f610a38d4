package org.safetyportal.portal.ui.login;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.SignInAddress;
import org.safetyportal.portal.security.SignInResult;

/** Staff sign-in. Citizens never need an account. */
@Route(value = SignInAddress.ROUTE)
@AnonymousAllowed
@Prototype
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String DEFAULT_TARGET = "admin";

    private final AccessControl accessControl;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Paragraph error = new Paragraph();
    private String returnTo = DEFAULT_TARGET;

    LoginView(AccessControl accessControl) {
        this.accessControl = accessControl;
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        add(new H1(getTranslation("login.title")), createFields());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnTo = event.getLocation().getQueryParameters().getSingleParameter(SignInAddress.RETURN_TO)
                .filter(LoginView::isSafeReturnTarget)
                .orElse(DEFAULT_TARGET);
        if (accessControl.isSignedIn()) {
            event.forwardTo(returnTo);
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter(SignInAddress.ENDED).filter(SignInAddress.ENDED_DISABLED::equals)
                .ifPresent(reason -> showError("login.ended." + reason));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }

    private VerticalLayout createFields() {
        username.setId("login-username");
        username.setLabel(getTranslation("login.username"));
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setAutofocus(true);
        username.setWidthFull();
        password.setId("login-password");
        password.setLabel(getTranslation("login.password"));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        error.setId("login-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button submit = new Button(getTranslation("login.submit"), click -> signIn());
        submit.setId("login-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();
        VerticalLayout fields = new VerticalLayout(username, password, error, submit);
        fields.addClassName("login-fields");
        fields.setPadding(false);
        fields.setMaxWidth("24em");
        return fields;
    }

    private void signIn() {
        if (username.isEmpty() || password.isEmpty()) {
            showError(username.isEmpty() ? "login.error.usernameRequired" : "login.error.passwordRequired");
            return;
        }
        SignInResult result = accessControl.signIn(username.getValue(), password.getValue());
        if (result == SignInResult.SIGNED_IN) {
            // A full load, so that the layout is rebuilt for a signed-in member of staff.
            UI.getCurrent().getPage().setLocation("/" + returnTo);
            return;
        }
        password.clear();
        showError(result.messageKey());
    }

    private void showError(String key) {
        error.setText(getTranslation(key));
        error.setVisible(true);
    }

    /** Only back into the portal's own staff pages: never an open redirect to another site. */
    static boolean isSafeReturnTarget(String target) {
        return target != null && target.matches("admin(/[A-Za-z0-9/_-]*)?(\\?[A-Za-z0-9=&_%.-]*)?");
    }
}
