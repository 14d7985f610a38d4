package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import java.util.Locale;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.i18n.LanguageFilter;

/** The language of an API answer: {@code ?lang=}, else the portal's language cookie, else Chinese. */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Locale of(HttpRequest<?> request) {
        return request.getParameters().getFirst(LanguageFilter.PARAMETER)
                .flatMap(SupportedLocales::fromTag)
                .or(() -> request.getCookies().findCookie(LanguageFilter.COOKIE)
                        .flatMap(cookie -> SupportedLocales.fromTag(cookie.getValue())))
                .orElse(SupportedLocales.DEFAULT);
    }
}
