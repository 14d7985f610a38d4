package org.safetyportal.content.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final String ATTACKER = "198.51.100.7";
    private static final String OFFICE = "203.0.113.20";

    private record World(TestWorld world) implements TestWorld.Around {

        static World start(String kind) {
            return new World(TestWorld.start(kind, NOW));
        }

        SignInThrottle throttle() {
            return bean(SignInThrottle.class);
        }

        /** Fails {@code times} times; answers what the last failure locked. */
        Optional<Instant> fail(String username, String address, int times) {
            Optional<Instant> locked = Optional.empty();
            for (int i = 0; i < times; i++) {
                locked = throttle().recordFailure(username, address);
            }
            return locked;
        }

        List<AuditEntry> audit() {
            return bean(AuditLog.class).recent(admin(), 100);
        }
    }

    @OnEveryTestDatabase
    void anExistingNameAndAnUnknownOne_areLockedAlike_soLocksTellNoNames(String kind) {
        try (World world = World.start(kind)) {
            assertEquals(Optional.empty(), world.fail("admin", ATTACKER, SignInThrottle.FREE_FAILURES_PER_NAME - 1));
            assertEquals(Optional.empty(), world.fail("no-such-user", ATTACKER, SignInThrottle.FREE_FAILURES_PER_NAME - 1));

            Optional<Instant> admin = world.fail("admin", ATTACKER, 1);
            Optional<Instant> unknown = world.fail("no-such-user", ATTACKER, 1);

            assertEquals(Optional.of(NOW.plus(SignInThrottle.FIRST_LOCK)), admin);
            assertEquals(admin, unknown);
            assertEquals(admin, world.throttle().lockedUntil("ADMIN ", ATTACKER), "names are compared as signed in with");
            assertEquals(unknown, world.throttle().lockedUntil("no-such-user", ATTACKER));
        }
    }

    @OnEveryTestDatabase
    void anAttackerAtOneAddress_doesNotLockTheUserOutFromAnother(String kind) {
        try (World world = World.start(kind)) {
            world.fail("admin", ATTACKER, 12);

            assertTrue(world.throttle().lockedUntil("admin", ATTACKER).isPresent());
            assertEquals(Optional.empty(), world.throttle().lockedUntil("admin", OFFICE));
        }
    }

    @OnEveryTestDatabase
    void eachFailurePastTheFreeOnes_locksTwiceAsLong_upToHalfAnHour(String kind) {
        try (World world = World.start(kind)) {
            world.fail("admin", ATTACKER, SignInThrottle.FREE_FAILURES_PER_NAME - 1);
            for (long minutes : new long[] {1, 2, 4, 8, 16, 30, 30}) {
                Optional<Instant> locked = world.fail("admin", ATTACKER, 1);
                assertEquals(Optional.of(world.clock().instant().plus(Duration.ofMinutes(minutes))), locked);
                world.clock().advance(Duration.ofMinutes(minutes).plusSeconds(1));
                assertEquals(Optional.empty(), world.throttle().lockedUntil("admin", ATTACKER), "the lock ends");
            }
        }
    }

    @OnEveryTestDatabase
    void aSuccessForgetsTheNamesFailures_andADayWithoutFailuresForgetsTheRest(String kind) {
        try (World world = World.start(kind)) {
            world.fail("admin", ATTACKER, SignInThrottle.FREE_FAILURES_PER_NAME - 1);
            world.throttle().recordSuccess("admin", ATTACKER);
            assertEquals(Optional.empty(), world.throttle().lockedUntil("admin", ATTACKER));
            assertEquals(Optional.empty(), world.fail("admin", ATTACKER, SignInThrottle.FREE_FAILURES_PER_NAME - 1));

            world.clock().advance(SignInThrottle.FORGET_AFTER.plusMinutes(1));
            assertEquals(Optional.empty(), world.fail("admin", ATTACKER, SignInThrottle.FREE_FAILURES_PER_NAME - 1));
        }
    }

    @OnEveryTestDatabase
    void manyNamesFromOneAddress_lockTheAddressForEveryName(String kind) {
        try (World world = World.start(kind)) {
            for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
                world.fail("guess" + i, ATTACKER, 1);
            }

            assertEquals(Optional.of(NOW.plus(SignInThrottle.FIRST_LOCK)), world.throttle().lockedUntil("anyone", ATTACKER));
            assertEquals(Optional.empty(), world.throttle().lockedUntil("anyone", OFFICE));
        }
    }

    @OnEveryTestDatabase
    void anAdministratorSeesAndLiftsLocks_andBothAreAudited(String kind) {
        try (World world = World.start(kind)) {
            world.world().staff("publisher", RoleGrant.inDepartment("PUBLISHER", world.department("EMERGENCY", "JC")));
            world.fail("admin", ATTACKER, SignInThrottle.FREE_FAILURES_PER_NAME);

            List<SignInLock> locks = world.throttle().locks(world.admin());
            assertEquals(List.of("admin@" + ATTACKER), locks.stream().map(SignInLock::target).toList());
            assertThrows(AccessDeniedException.class, () -> world.throttle().locks(world.actor("publisher")));
            assertThrows(AccessDeniedException.class, () -> world.throttle().lift(world.actor("publisher"), locks.get(0).id()));
            assertEquals(AccountAuditActions.SIGN_IN_LOCKED, world.audit().get(0).action());
            assertEquals("admin@" + ATTACKER, world.audit().get(0).target());

            world.throttle().lift(world.admin(), locks.get(0).id());

            assertEquals(Optional.empty(), world.throttle().lockedUntil("admin", ATTACKER));
            assertEquals(List.of(), world.throttle().locks(world.admin()));
            AuditEntry lifted = world.audit().get(0);
            assertEquals(AccountAuditActions.SIGN_IN_LOCK_LIFTED, lifted.action());
            assertEquals("admin", lifted.actor());
            assertEquals("admin@" + ATTACKER, lifted.target());
        }
    }

    @Test
    void locksDoubleFromOneMinuteAndStopAtHalfAnHour() {
        assertEquals(Duration.ZERO, SignInThrottle.lockAfter(4, 5));
        assertEquals(Duration.ofMinutes(1), SignInThrottle.lockAfter(5, 5));
        assertEquals(Duration.ofMinutes(16), SignInThrottle.lockAfter(9, 5));
        assertEquals(Duration.ofMinutes(30), SignInThrottle.lockAfter(10, 5));
        assertEquals(Duration.ofMinutes(30), SignInThrottle.lockAfter(500, 5));
    }
}
