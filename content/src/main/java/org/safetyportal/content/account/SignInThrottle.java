package org.safetyportal.content.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.safetyportal.content.ValidationException;

/**
 * Brute-force protection for signing in, which neither tells whether a user name exists nor lets
 * anyone lock a user out. Failures are counted per user name from one source address, and per source
 * address over all names; the name is counted whether or not such an account exists, so an unknown
 * name is locked exactly like a real one. Past a few free failures each further one locks for twice
 * as long as the last (1, 2, 4 … minutes, at most {@link #MAX_LOCK}): an attacker at one address locks
 * only that address, and the real user signs in from another. Counts are forgotten a day after the
 * last failure, and those of the address and of the name from it on a successful sign-in from there
 * (a locked name or address never gets that far). Locks are audited; administrators see and lift
 * them, also audited.
 */
@Singleton
public class SignInThrottle {

    /** Wrong passwords for one name from one address before the first lock. */
    public static final int FREE_FAILURES_PER_NAME = 5;
    /** Wrong passwords from one address, whatever the names, before the address is locked. */
    public static final int FREE_FAILURES_PER_ADDRESS = 20;
    public static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    public static final Duration MAX_LOCK = Duration.ofMinutes(30);
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    private static final int MAX_NAME = 64;
    private static final int MAX_ADDRESS = 64;

    private final DSLContext dsl;
    private final SignInThrottleRepository repository;
    private final AuditLog auditLog;
    private final Clock clock;

    SignInThrottle(DSLContext dsl, SignInThrottleRepository repository, AuditLog auditLog, Clock clock) {
        this.dsl = dsl;
        this.repository = repository;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Until when a sign-in with this name from this address is refused without looking at the password. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return repository.find(name(username), address(address)).stream()
                .filter(lock -> lock.isLockedAt(now))
                .map(SignInLock::lockedUntil)
                .max(Instant::compareTo);
    }

    /** Counts a wrong password (or an unknown name); answers until when the attempt's name and address are now locked. */
    public Optional<Instant> recordFailure(String username, String address) {
        String name = name(username);
        String from = address(address);
        return dsl.transactionResult(() -> {
            Instant now = clock.instant();
            Instant byName = count(SignInLock.Kind.NAME_FROM_ADDRESS, name, from, FREE_FAILURES_PER_NAME, now);
            Instant byAddress = count(SignInLock.Kind.ADDRESS, "", from, FREE_FAILURES_PER_ADDRESS, now);
            return Optional.ofNullable(byName == null ? byAddress : byAddress == null || byName.isAfter(byAddress) ? byName : byAddress);
        });
    }

    /** A sign-in succeeded: the failures of the name from this address, and of the address, are forgotten. */
    public void recordSuccess(String username, String address) {
        repository.deleteCounts(name(username), address(address));
    }

    public List<SignInLock> locks(Actor actor) {
        actor.require(Permissions.MANAGE_USERS);
        return repository.lockedAt(clock.instant());
    }

    public void lift(Actor actor, long lockId) {
        actor.require(Permissions.MANAGE_USERS);
        dsl.transaction(() -> {
            SignInLock lock = repository.byId(lockId).orElseThrow(() -> new ValidationException("signIn.lock.notFound"));
            repository.delete(lockId);
            auditLog.record(actor.username(), AccountAuditActions.SIGN_IN_LOCK_LIFTED, lock.target(),
                    lock.failures() + " failed sign-ins; was locked until " + lock.lockedUntil());
        });
    }

    /** The lock that follows the {@code failures}-th failure in a row, none while they are free. */
    static Duration lockAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    /** One more failure for this key; answers the lock it now holds, null for none. */
    private Instant count(SignInLock.Kind kind, String username, String address, int free, Instant now) {
        Optional<SignInLock> existing = repository.forUpdate(kind, username, address);
        if (existing.isEmpty()) {
            Instant locked = lockUntil(1, free, now);
            try {
                repository.insert(kind, username, address, 1, now, locked);
                audit(kind, username, address, 1, locked);
                return locked;
            } catch (DataAccessException raced) {
                // Another failure of the same key inserted its row first; count on that row.
                existing = repository.forUpdate(kind, username, address);
                if (existing.isEmpty()) {
                    throw raced;
                }
            }
        }
        SignInLock lock = existing.get();
        boolean forgotten = !lock.isLockedAt(now) && lock.lastFailureAt().plus(FORGET_AFTER).isBefore(now);
        int failures = forgotten ? 1 : lock.failures() + 1;
        Instant locked = lockUntil(failures, free, now);
        repository.update(lock.id(), failures, now, locked);
        audit(kind, username, address, failures, locked);
        return locked;
    }

    private static Instant lockUntil(int failures, int free, Instant now) {
        Duration lock = lockAfter(failures, free);
        return lock.isZero() ? null : now.plus(lock);
    }

    private void audit(SignInLock.Kind kind, String username, String address, int failures, Instant locked) {
        if (locked != null) {
            String target = kind == SignInLock.Kind.ADDRESS ? address : username + "@" + address;
            auditLog.record(Actor.SYSTEM, AccountAuditActions.SIGN_IN_LOCKED, target,
                    failures + " failed sign-ins; locked until " + locked);
        }
    }

    private static String name(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String address(String address) {
        String from = address == null || address.isBlank() ? "unknown" : address.strip();
        return from.length() > MAX_ADDRESS ? from.substring(0, MAX_ADDRESS) : from;
    }
}
