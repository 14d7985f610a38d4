package org.safetyportal.portal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.inject.Singleton;
import java.util.Locale;

/** Gives every new UI the language the {@link LanguageFilter} chose, and tells the browser. */
@Singleton
class UiLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            UI ui = uiInit.getUI();
            Locale locale = localeOfCurrentRequest();
            ui.setLocale(locale);
            ui.getSession().setLocale(locale);
            ui.getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        });
    }

    private static Locale localeOfCurrentRequest() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return LanguageFilter.localeOf(request.getHttpServletRequest());
    }
}
