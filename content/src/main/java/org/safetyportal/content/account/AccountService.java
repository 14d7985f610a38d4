package org.safetyportal.content.account;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * Staff accounts: sign-in bookkeeping (failed attempts, locking) and their administration.
 * Every administrative change checks the actor's permission here and is written to the audit log.
 */
@Singleton
public class AccountService {

    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String FIRST_ADMINISTRATOR_USERNAME = "admin";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int MAX_DISPLAY_NAME = 100;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final DSLContext dsl;
    private final AccountRepository repository;
    private final AuditLog auditLog;
    private final PasswordHasher hasher;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final CurrentRights rights;
    private final SecureRandom random = new SecureRandom();

    AccountService(DSLContext dsl, AccountRepository repository, AuditLog auditLog, PasswordHasher hasher,
            OrganizationDirectory organization, Clock clock, CurrentRights rights) {
        this.dsl = dsl;
        this.repository = repository;
        this.auditLog = auditLog;
        this.hasher = hasher;
        this.organization = organization;
        this.clock = clock;
        this.rights = rights;
    }

    // --- signing in -------------------------------------------------------------------------

    public Optional<LoginCredentials> loginCredentials(String username) {
        return repository.credentials(normalise(username));
    }

    /** Counts a wrong password; the sixth in a row locks the account. Answers whether it is now locked. */
    public boolean recordFailedLogin(String username) {
        String name = normalise(username);
        return dsl.transactionResult(() -> {
            Instant now = clock.instant();
            int failures = repository.incrementFailedLogins(name, now);
            if (failures < LoginPolicy.MAX_FAILED_LOGINS) {
                return false;
            }
            repository.lock(name, now.plus(LoginPolicy.LOCK_DURATION), now);
            auditLog.record(Actor.SYSTEM, AccountAuditActions.LOCKED, name,
                    failures + " failed logins; locked for " + LoginPolicy.LOCK_DURATION.toMinutes() + " minutes");
            return true;
        });
    }

    public void recordSuccessfulLogin(String username) {
        String name = normalise(username);
        dsl.transaction(() -> {
            repository.clearFailedLogins(name, clock.instant());
            auditLog.record(name, AccountAuditActions.LOGIN, name, "");
        });
    }

    public Actor actor(String username) {
        Map<String, Set<String>> permissions = roles().stream()
                .collect(Collectors.toMap(Role::code, Role::permissions));
        List<RoleGrant> grants = repository.account(normalise(username))
                .filter(StaffAccount::enabled)
                .map(StaffAccount::grants)
                .orElse(List.of());
        return new Actor(normalise(username), grants, permissions);
    }

    public List<Role> roles() {
        return repository.roles();
    }

    // --- administration ---------------------------------------------------------------------

    public List<StaffAccount> accounts(Actor actor) {
        rights.of(actor).require(Permissions.MANAGE_USERS);
        return repository.accounts();
    }

    public StaffAccount createAccount(Actor actor, NewAccount account) {
        actor.require(Permissions.MANAGE_USERS);
        String username = normalise(account.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new ValidationException("account.username.invalid");
        }
        String displayName = account.displayName() == null ? "" : account.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME) {
            throw new ValidationException("account.displayName.invalid", MAX_DISPLAY_NAME);
        }
        checkPassword(account.password());
        checkGrants(account.grants());
        return dsl.transactionResult(() -> {
            rights.of(actor).require(Permissions.MANAGE_USERS);
            if (repository.usernameExists(username)) {
                throw new ValidationException("account.username.taken", username);
            }
            int id = repository.insert(username, displayName, hasher.hash(account.password()), clock.instant());
            repository.replaceGrants(id, account.grants());
            auditLog.record(actor.username(), AccountAuditActions.CREATED, username, describe(account.grants()));
            return repository.account(id).orElseThrow();
        });
    }

    public StaffAccount replaceRoles(Actor actor, int userId, List<RoleGrant> grants) {
        actor.require(Permissions.MANAGE_USERS);
        checkGrants(grants);
        return dsl.transactionResult(() -> {
            rights.of(actor).require(Permissions.MANAGE_USERS);
            StaffAccount account = existing(userId);
            if (account.username().equals(actor.username()) && grants.stream().noneMatch(g -> g.roleCode().equals(ADMINISTRATOR))) {
                throw new ValidationException("account.roles.cannotDropOwnAdministrator");
            }
            repository.touch(userId, clock.instant());
            repository.replaceGrants(userId, grants);
            auditLog.record(actor.username(), AccountAuditActions.ROLES_CHANGED, account.username(), describe(grants));
            return repository.account(userId).orElseThrow();
        });
    }

    public StaffAccount setEnabled(Actor actor, int userId, boolean enabled) {
        actor.require(Permissions.MANAGE_USERS);
        return dsl.transactionResult(() -> {
            rights.of(actor).require(Permissions.MANAGE_USERS);
            StaffAccount account = existing(userId);
            if (!enabled && account.username().equals(actor.username())) {
                throw new ValidationException("account.cannotDisableSelf");
            }
            repository.setEnabled(userId, enabled, clock.instant());
            auditLog.record(actor.username(), enabled ? AccountAuditActions.ENABLED : AccountAuditActions.DISABLED, account.username(), "");
            return repository.account(userId).orElseThrow();
        });
    }

    /** Sets a new password chosen by the administrator; also lifts a lock from too many failed logins. */
    public void resetPassword(Actor actor, int userId, String newPassword) {
        actor.require(Permissions.MANAGE_USERS);
        checkPassword(newPassword);
        dsl.transaction(() -> {
            rights.of(actor).require(Permissions.MANAGE_USERS);
            StaffAccount account = existing(userId);
            repository.setPasswordHash(userId, hasher.hash(newPassword), clock.instant());
            auditLog.record(actor.username(), AccountAuditActions.PASSWORD_RESET, account.username(), "");
        });
    }

    /**
     * Makes sure someone can administer the portal. When no account holds the administrator role,
     * creates {@code admin} with the configured password, or a random one that is answered so the
     * caller can show it once. There is never a default password.
     */
    public Optional<String> ensureFirstAdministrator(String configuredPassword) {
        return dsl.transactionResult(() -> {
            if (repository.anyAccountHoldsRole(ADMINISTRATOR)) {
                return Optional.<String>empty();
            }
            boolean generate = configuredPassword == null || configuredPassword.isBlank();
            String password = generate ? randomPassword() : configuredPassword;
            checkPassword(password);
            Instant now = clock.instant();
            Optional<StaffAccount> existing = repository.account(FIRST_ADMINISTRATOR_USERNAME);
            int id;
            if (existing.isPresent()) {
                id = existing.get().id();
                repository.setPasswordHash(id, hasher.hash(password), now);
                repository.setEnabled(id, true, now);
            } else {
                id = repository.insert(FIRST_ADMINISTRATOR_USERNAME, "Administrator", hasher.hash(password), now);
            }
            repository.replaceGrants(id, List.of(RoleGrant.cityWide(ADMINISTRATOR)));
            auditLog.record(Actor.SYSTEM, AccountAuditActions.FIRST_ADMINISTRATOR, FIRST_ADMINISTRATOR_USERNAME,
                    generate ? "generated password" : "password from configuration");
            return generate ? Optional.of(password) : Optional.<String>empty();
        });
    }

    private StaffAccount existing(int userId) {
        return repository.account(userId).orElseThrow(() -> new ValidationException("account.notFound"));
    }

    private static void checkPassword(String password) {
        if (password == null || password.isBlank() || password.length() < LoginPolicy.MIN_PASSWORD_LENGTH
                || password.length() > LoginPolicy.MAX_PASSWORD_LENGTH) {
            throw new ValidationException("account.password.length",
                    LoginPolicy.MIN_PASSWORD_LENGTH, LoginPolicy.MAX_PASSWORD_LENGTH);
        }
    }

    /** A grant must carry exactly the scope its role is granted in. */
    /** A staff account without a role could sign in to nothing; to take all rights away, disable it. */
    private void checkGrants(List<RoleGrant> grants) {
        if (grants == null || grants.isEmpty()) {
            throw new ValidationException("account.roles.required");
        }
        Map<String, Role> roles = new HashMap<>();
        roles().forEach(role -> roles.put(role.code(), role));
        for (RoleGrant grant : grants) {
            Role role = roles.get(grant.roleCode());
            if (role == null) {
                throw new ValidationException("account.role.unknown", grant.roleCode());
            }
            switch (role.scope()) {
                case NONE -> {
                    if (grant.departmentId() != null || grant.areaId() != null) {
                        throw new ValidationException("account.role.noScope", grant.roleCode());
                    }
                }
                case DEPARTMENT -> {
                    requireDepartment(grant);
                    if (grant.areaId() != null) {
                        throw new ValidationException("account.role.noArea", grant.roleCode());
                    }
                }
                case DEPARTMENT_AREA -> {
                    requireDepartment(grant);
                    if (grant.areaId() != null) {
                        Area area = organization.area(grant.areaId())
                                .orElseThrow(() -> new ValidationException("account.role.unknownArea"));
                        if (area.kind() != AreaKind.COUNTY) {
                            throw new ValidationException("account.role.areaMustBeCounty");
                        }
                    }
                }
            }
        }
        if (grants.stream().map(g -> g.roleCode() + "/" + g.departmentId() + "/" + g.areaId()).distinct().count() != grants.size()) {
            throw new ValidationException("account.role.duplicate");
        }
    }

    private void requireDepartment(RoleGrant grant) {
        if (grant.departmentId() == null) {
            throw new ValidationException("account.role.departmentRequired", grant.roleCode());
        }
        if (organization.department(grant.departmentId()).isEmpty()) {
            throw new ValidationException("account.role.unknownDepartment");
        }
    }

    private static String describe(List<RoleGrant> grants) {
        return grants.stream()
                .map(g -> g.roleCode() + (g.departmentId() == null ? "" : "@department:" + g.departmentId())
                        + (g.areaId() == null ? "" : "@area:" + g.areaId()))
                .collect(Collectors.joining(", "));
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
