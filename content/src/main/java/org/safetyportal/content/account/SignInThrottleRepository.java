package org.safetyportal.content.account;

import static org.safetyportal.content.internal.jooq.Tables.SIGN_IN_THROTTLE;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.safetyportal.content.internal.jooq.tables.records.SignInThrottleRecord;

@Singleton
class SignInThrottleRepository {

    private final DSLContext dsl;

    SignInThrottleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<SignInLock> find(String username, String address) {
        return dsl.selectFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KIND.eq(SignInLock.Kind.NAME_FROM_ADDRESS.name())
                        .and(SIGN_IN_THROTTLE.USERNAME.eq(username)).and(SIGN_IN_THROTTLE.ADDRESS.eq(address)))
                .or(SIGN_IN_THROTTLE.KIND.eq(SignInLock.Kind.ADDRESS.name())
                        .and(SIGN_IN_THROTTLE.USERNAME.eq("")).and(SIGN_IN_THROTTLE.ADDRESS.eq(address)))
                .fetch(SignInThrottleRepository::toLock);
    }

    /** The row of this key, locked until the transaction ends, so that concurrent failures all count. */
    Optional<SignInLock> forUpdate(SignInLock.Kind kind, String username, String address) {
        return dsl.selectFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KIND.eq(kind.name()), SIGN_IN_THROTTLE.USERNAME.eq(username),
                        SIGN_IN_THROTTLE.ADDRESS.eq(address))
                .forUpdate()
                .fetchOptional(SignInThrottleRepository::toLock);
    }

    void insert(SignInLock.Kind kind, String username, String address, int failures, Instant at, Instant lockedUntil) {
        dsl.insertInto(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.KIND, kind.name())
                .set(SIGN_IN_THROTTLE.USERNAME, username)
                .set(SIGN_IN_THROTTLE.ADDRESS, address)
                .set(SIGN_IN_THROTTLE.FAILURES, failures)
                .set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, AccountRepository.toLocal(at))
                .set(SIGN_IN_THROTTLE.LOCKED_UNTIL, AccountRepository.toLocal(lockedUntil))
                .execute();
    }

    void update(long id, int failures, Instant at, Instant lockedUntil) {
        dsl.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.FAILURES, failures)
                .set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, AccountRepository.toLocal(at))
                .set(SIGN_IN_THROTTLE.LOCKED_UNTIL, AccountRepository.toLocal(lockedUntil))
                .where(SIGN_IN_THROTTLE.ID.eq(id))
                .execute();
    }

    List<SignInLock> lockedAt(Instant now) {
        return dsl.selectFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.LOCKED_UNTIL.gt(AccountRepository.toLocal(now)))
                .orderBy(SIGN_IN_THROTTLE.LOCKED_UNTIL.desc(), SIGN_IN_THROTTLE.ID)
                .fetch(SignInThrottleRepository::toLock);
    }

    Optional<SignInLock> byId(long id) {
        return dsl.selectFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.ID.eq(id)).fetchOptional(SignInThrottleRepository::toLock);
    }

    void delete(long id) {
        dsl.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.ID.eq(id)).execute();
    }

    /** The counts of the name from the address and of the address itself. */
    void deleteCounts(String username, String address) {
        for (SignInLock lock : find(username, address)) {
            delete(lock.id());
        }
    }

    private static SignInLock toLock(SignInThrottleRecord r) {
        return new SignInLock(r.getId(), SignInLock.Kind.valueOf(r.getKind()), r.getUsername(), r.getAddress(),
                r.getFailures(), AccountRepository.toInstant(r.getLastFailureAt()), AccountRepository.toInstant(r.getLockedUntil()));
    }
}
