package org.safetyportal.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShiroPasswordHasherTest {

    private final ShiroPasswordHasher hasher = new ShiroPasswordHasher();

    @Test
    void hashesWithArgon2idAndASaltOfItsOwn() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");

        assertTrue(first.startsWith("$shiro2$argon2id$"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertTrue(hasher.passwordService().passwordsMatch("correct horse battery", first));
        assertFalse(hasher.passwordService().passwordsMatch("correct horse battery!", first));
    }
}
