package org.safetyportal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesInSyncTest {

    @Test
    void everyKeyExistsInBothLanguages() {
        Set<String> chinese = new TreeSet<>(Messages.keys(SupportedLocales.CHINESE));
        Set<String> english = new TreeSet<>(Messages.keys(SupportedLocales.ENGLISH));

        Set<String> missingInEnglish = new TreeSet<>(chinese);
        missingInEnglish.removeAll(english);
        Set<String> missingInChinese = new TreeSet<>(english);
        missingInChinese.removeAll(chinese);

        assertEquals(Set.of(), missingInEnglish, "keys missing in messages_en.properties");
        assertEquals(Set.of(), missingInChinese, "keys missing in messages_zh_CN.properties");
    }

    @Test
    void noTextIsEmptyAndPlaceholdersMatchAcrossLanguages() {
        for (String key : Messages.keys(SupportedLocales.CHINESE)) {
            String zh = Messages.bundle(SupportedLocales.CHINESE).getString(key);
            String en = Messages.bundle(SupportedLocales.ENGLISH).getString(key);
            assertTrue(!zh.isBlank() && !en.isBlank(), key + " is empty");
            assertEquals(argumentCount(zh), argumentCount(en), key + " has different placeholders");
        }
    }

    @Test
    void englishIsNotChineseUnderAnotherName() {
        assertEquals("Sign in", Messages.get(SupportedLocales.ENGLISH, "login.submit"));
        assertEquals("登录", Messages.get(SupportedLocales.CHINESE, "login.submit"));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("User zhang.wei created.", Messages.get(Locale.ENGLISH, "admin.users.created", "zhang.wei"));
    }

    @Test
    void aMissingKeyIsVisibleNotSilent() {
        assertEquals("!no.such.key!", Messages.get(SupportedLocales.ENGLISH, "no.such.key"));
    }

    @Test
    void visitorLanguageTagsMapToSupportedLocales() {
        assertEquals(SupportedLocales.ENGLISH, SupportedLocales.fromTag("en-US").orElseThrow());
        assertEquals(SupportedLocales.CHINESE, SupportedLocales.fromTag("zh").orElseThrow());
        assertEquals(SupportedLocales.CHINESE, SupportedLocales.closestTo(Locale.FRENCH));
        assertTrue(SupportedLocales.fromTag("<script>").isEmpty());
    }

    private static int argumentCount(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }
}
