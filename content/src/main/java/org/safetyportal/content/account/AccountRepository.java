package org.safetyportal.content.account;

import static org.safetyportal.content.internal.jooq.Tables.STAFF_ROLE;
import static org.safetyportal.content.internal.jooq.Tables.STAFF_ROLE_GRANT;
import static org.safetyportal.content.internal.jooq.Tables.STAFF_ROLE_PERMISSION;
import static org.safetyportal.content.internal.jooq.Tables.STAFF_USER;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.safetyportal.content.internal.jooq.tables.records.StaffRoleGrantRecord;
import org.safetyportal.content.internal.jooq.tables.records.StaffUserRecord;

@Singleton
class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Role> roles() {
        Map<String, Set<String>> permissions = new LinkedHashMap<>();
        dsl.selectFrom(STAFF_ROLE_PERMISSION).forEach(r ->
                permissions.computeIfAbsent(r.getRoleCode(), code -> new TreeSet<>()).add(r.getPermission()));
        return dsl.selectFrom(STAFF_ROLE).orderBy(STAFF_ROLE.SORT_ORDER).fetch(r ->
                new Role(r.getCode(), RoleScope.valueOf(r.getScope()), permissions.getOrDefault(r.getCode(), Set.of())));
    }

    Optional<LoginCredentials> credentials(String username) {
        return dsl.selectFrom(STAFF_USER).where(STAFF_USER.USERNAME.eq(username)).fetchOptional(r ->
                new LoginCredentials(r.getUsername(), r.getPasswordHash(), r.getEnabled(), toInstant(r.getLockedUntil())));
    }

    Optional<StaffAccount> account(int id) {
        return dsl.selectFrom(STAFF_USER).where(STAFF_USER.ID.eq(id)).fetchOptional()
                .map(r -> toAccount(r, grants(r.getId())));
    }

    Optional<StaffAccount> account(String username) {
        return dsl.selectFrom(STAFF_USER).where(STAFF_USER.USERNAME.eq(username))
                .fetchOptional()
                .map(r -> toAccount(r, grants(r.getId())));
    }

    /**
     * The account with its grants, both read with a lock held until the transaction ends: an action
     * checks its rights here, and a change of the account's roles or state waits for it (see
     * {@link #touch}).
     */
    Optional<StaffAccount> accountForAction(String username) {
        return dsl.selectFrom(STAFF_USER).where(STAFF_USER.USERNAME.eq(username)).forUpdate()
                .fetchOptional(r -> toAccount(r, dsl.selectFrom(STAFF_ROLE_GRANT).where(STAFF_ROLE_GRANT.USER_ID.eq(r.getId()))
                        .orderBy(STAFF_ROLE_GRANT.ID).forUpdate().fetch(AccountRepository::toGrant)));
    }

    /** Locks the account's row for the rest of the transaction, so that actions under way finish first. */
    void touch(int userId, Instant now) {
        dsl.update(STAFF_USER)
                .set(STAFF_USER.UPDATED_AT, toLocal(now))
                .where(STAFF_USER.ID.eq(userId))
                .execute();
    }

    List<StaffAccount> accounts() {
        Map<Integer, List<RoleGrant>> grants = dsl.selectFrom(STAFF_ROLE_GRANT).orderBy(STAFF_ROLE_GRANT.ID).stream()
                .collect(Collectors.groupingBy(StaffRoleGrantRecord::getUserId, LinkedHashMap::new,
                        Collectors.mapping(AccountRepository::toGrant, Collectors.toList())));
        return dsl.selectFrom(STAFF_USER).orderBy(STAFF_USER.USERNAME)
                .fetch(r -> toAccount(r, grants.getOrDefault(r.getId(), List.of())));
    }

    boolean usernameExists(String username) {
        return dsl.fetchExists(STAFF_USER, STAFF_USER.USERNAME.eq(username));
    }

    boolean anyAccountHoldsRole(String roleCode) {
        return dsl.fetchExists(STAFF_ROLE_GRANT, STAFF_ROLE_GRANT.ROLE_CODE.eq(roleCode));
    }

    /**
     * Inserts and reads the id back by the unique username: jOOQ renders {@code RETURNING} for
     * MariaDB, which MySQL's Connector/J cannot run.
     */
    int insert(String username, String displayName, String passwordHash, Instant now) {
        dsl.insertInto(STAFF_USER)
                .set(STAFF_USER.USERNAME, username)
                .set(STAFF_USER.DISPLAY_NAME, displayName)
                .set(STAFF_USER.PASSWORD_HASH, passwordHash)
                .set(STAFF_USER.ENABLED, true)
                .set(STAFF_USER.FAILED_LOGINS, 0)
                .set(STAFF_USER.CREATED_AT, toLocal(now))
                .set(STAFF_USER.UPDATED_AT, toLocal(now))
                .execute();
        return dsl.select(STAFF_USER.ID).from(STAFF_USER).where(STAFF_USER.USERNAME.eq(username)).fetchSingle(STAFF_USER.ID);
    }

    void replaceGrants(int userId, List<RoleGrant> grants) {
        dsl.deleteFrom(STAFF_ROLE_GRANT).where(STAFF_ROLE_GRANT.USER_ID.eq(userId)).execute();
        for (RoleGrant grant : grants) {
            dsl.insertInto(STAFF_ROLE_GRANT)
                    .set(STAFF_ROLE_GRANT.USER_ID, userId)
                    .set(STAFF_ROLE_GRANT.ROLE_CODE, grant.roleCode())
                    .set(STAFF_ROLE_GRANT.DEPARTMENT_ID, grant.departmentId())
                    .set(STAFF_ROLE_GRANT.AREA_ID, grant.areaId())
                    .execute();
        }
    }

    void setEnabled(int userId, boolean enabled, Instant now) {
        dsl.update(STAFF_USER)
                .set(STAFF_USER.ENABLED, enabled)
                .set(STAFF_USER.UPDATED_AT, toLocal(now))
                .where(STAFF_USER.ID.eq(userId))
                .execute();
    }

    void setPasswordHash(int userId, String passwordHash, Instant now) {
        dsl.update(STAFF_USER)
                .set(STAFF_USER.PASSWORD_HASH, passwordHash)
                .set(STAFF_USER.FAILED_LOGINS, 0)
                .setNull(STAFF_USER.LOCKED_UNTIL)
                .set(STAFF_USER.UPDATED_AT, toLocal(now))
                .where(STAFF_USER.ID.eq(userId))
                .execute();
    }

    /** Counts one more failure in the database itself, so that concurrent attempts cannot lose a count. */
    int incrementFailedLogins(String username, Instant now) {
        dsl.update(STAFF_USER)
                .set(STAFF_USER.FAILED_LOGINS, STAFF_USER.FAILED_LOGINS.plus(1))
                .set(STAFF_USER.UPDATED_AT, toLocal(now))
                .where(STAFF_USER.USERNAME.eq(username))
                .execute();
        return dsl.select(STAFF_USER.FAILED_LOGINS).from(STAFF_USER).where(STAFF_USER.USERNAME.eq(username))
                .fetchOptional(STAFF_USER.FAILED_LOGINS).orElse(0);
    }

    void lock(String username, Instant until, Instant now) {
        dsl.update(STAFF_USER)
                .set(STAFF_USER.FAILED_LOGINS, 0)
                .set(STAFF_USER.LOCKED_UNTIL, toLocal(until))
                .set(STAFF_USER.UPDATED_AT, toLocal(now))
                .where(STAFF_USER.USERNAME.eq(username))
                .execute();
    }

    void clearFailedLogins(String username, Instant now) {
        dsl.update(STAFF_USER)
                .set(STAFF_USER.FAILED_LOGINS, 0)
                .setNull(STAFF_USER.LOCKED_UNTIL)
                .set(STAFF_USER.UPDATED_AT, toLocal(now))
                .where(STAFF_USER.USERNAME.eq(username))
                .and(STAFF_USER.FAILED_LOGINS.ne(0).or(STAFF_USER.LOCKED_UNTIL.isNotNull()))
                .execute();
    }

    private List<RoleGrant> grants(int userId) {
        List<RoleGrant> grants = new ArrayList<>();
        dsl.selectFrom(STAFF_ROLE_GRANT).where(STAFF_ROLE_GRANT.USER_ID.eq(userId)).orderBy(STAFF_ROLE_GRANT.ID)
                .forEach(r -> grants.add(toGrant(r)));
        return grants;
    }

    private static RoleGrant toGrant(StaffRoleGrantRecord r) {
        return new RoleGrant(r.getRoleCode(), r.getDepartmentId(), r.getAreaId());
    }

    private static StaffAccount toAccount(StaffUserRecord r, List<RoleGrant> grants) {
        return new StaffAccount(r.getId(), r.getUsername(), r.getDisplayName(), r.getEnabled(),
                toInstant(r.getLockedUntil()), grants);
    }

    static LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant toInstant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
