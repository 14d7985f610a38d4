package org.safetyportal.content.account;

/**
 * Turns a password into a stored hash. The portal supplies the implementation (Argon2id through
 * Shiro) so that this module stays free of the security framework.
 */
public interface PasswordHasher {

    String hash(String plainPassword);
}
