package org.safetyportal.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The portal's message bundles ({@code i18n/messages_zh_CN.properties}, {@code i18n/messages_en.properties}).
 * Never falls back to the JVM's locale: a missing English text must not silently show Chinese or
 * vice versa, so a missing key renders as {@code !key!} where a tester will see it.
 */
public final class Messages {

    public static final String BUNDLE = "i18n/messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            return "!" + key + "!";
        }
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public static boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }

    public static Set<String> keys(Locale locale) {
        return bundle(locale).keySet();
    }

    /** Translates a failure that carries a message key, such as a rejected form. */
    public static String describe(Locale locale, LocalizedException failure) {
        Object[] args = failure.messageArguments();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Translatable translatable) {
                args[i] = get(locale, translatable.key());
            }
        }
        return get(locale, failure.messageKey(), args);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale supported = SupportedLocales.closestTo(locale);
        try {
            return ResourceBundle.getBundle(BUNDLE, supported, Messages.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Message bundle missing for " + supported, e);
        }
    }
}
