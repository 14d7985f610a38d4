package org.safetyportal.portal.security;

import jakarta.inject.Singleton;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.safetyportal.content.account.PasswordHasher;

/** Argon2id hashes ({@code $shiro2$argon2id$...}) through Shiro's password service. */
@Singleton
public class ShiroPasswordHasher implements PasswordHasher {

    private final DefaultPasswordService passwordService = new DefaultPasswordService();

    @Override
    public String hash(String plainPassword) {
        return passwordService.encryptPassword(plainPassword);
    }

    PasswordService passwordService() {
        return passwordService;
    }
}
