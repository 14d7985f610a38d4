package org.safetyportal.portal.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;

/** Vaadin's view of the portal's message bundles. */
@Singleton
public class PortalI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.all();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale, key, params);
    }
}
