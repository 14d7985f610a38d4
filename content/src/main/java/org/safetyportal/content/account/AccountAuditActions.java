package org.safetyportal.content.account;

/** The audit-log actions of account work; each has a translation {@code audit.action.<action>}. */
public final class AccountAuditActions {

    public static final String LOGIN = "login";
    public static final String LOCKED = "account.locked";
    public static final String CREATED = "account.created";
    public static final String ROLES_CHANGED = "account.rolesChanged";
    public static final String ENABLED = "account.enabled";
    public static final String DISABLED = "account.disabled";
    public static final String PASSWORD_RESET = "account.passwordReset";
    public static final String FIRST_ADMINISTRATOR = "account.firstAdministrator";
    /** Someone tried to approve work they took part in, in any register with four eyes; refused. */
    public static final String FOUR_EYES_REFUSED = "fourEyes.refused";
    public static final String SIGN_IN_LOCKED = "signIn.locked";
    public static final String SIGN_IN_LOCK_LIFTED = "signIn.lockLifted";

    private AccountAuditActions() {
    }
}
