package org.safetyportal.portal.ui.login;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.SignInResult;
import org.safetyportal.portal.ui.MainLayout;

/** Staff sign-in. Citizens never need an account. */
@Route(value = LoginView.ROUTE, layout = MainLayout.class)
@Prototype
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";
    public static final String RETURN_TO = "next";
    private static final String DEFAULT_TARGET = "admin";

    private final AccessControl accessControl;
    private final LoginForm form = new LoginForm();
    private String returnTo = DEFAULT_TARGET;

    LoginView(AccessControl accessControl) {
        this.accessControl = accessControl;
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        form.setId("login-form");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        form.addLoginListener(this::signIn);
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnTo = event.getLocation().getQueryParameters().getSingleParameter(RETURN_TO)
                .filter(LoginView::isSafeReturnTarget)
                .orElse(DEFAULT_TARGET);
        if (accessControl.isSignedIn()) {
            event.forwardTo(returnTo);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }

    private void signIn(LoginEvent event) {
        // A fresh session id on sign-in, so a session id planted before it is worth nothing after.
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        SignInResult result = accessControl.signIn(event.getUsername(), event.getPassword());
        if (result == SignInResult.SIGNED_IN) {
            // A full load, so that the layout is rebuilt for a signed-in member of staff.
            UI.getCurrent().getPage().setLocation("/" + returnTo);
            return;
        }
        form.setI18n(i18n(result.messageKey()));
        form.setError(true);
        form.setEnabled(true);
    }

    /** Only back into the portal's own staff pages: never an open redirect to another site. */
    static boolean isSafeReturnTarget(String target) {
        return target != null && target.matches("admin(/[A-Za-z0-9/_-]*)?(\\?[A-Za-z0-9=&_%.-]*)?");
    }

    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorKey == null ? "login.error.credentials" : errorKey));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }
}
