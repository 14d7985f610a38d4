package org.safetyportal.content.testing;

import org.safetyportal.content.account.PasswordHasher;

/**
 * A stand-in for the portal's Argon2id hasher in this module's tests, which cannot see Shiro.
 * Marked so a hash can never be mistaken for a real one; the real hasher is tested in the portal.
 */
public final class PlainTextHasher implements PasswordHasher {

    @Override
    public String hash(String plainPassword) {
        return "test-only:" + plainPassword;
    }
}
