package org.safetyportal.content.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.ReferenceDataLoader;
import org.safetyportal.content.testing.ModuleContext;
import org.safetyportal.content.testing.MutableClock;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestDatabase;
import org.safetyportal.content.testing.TestWorld;

class AccountServiceTest {

    private static final String PASSWORD = "long-enough-1";

    /** One test's world: a migrated database with reference data and a first administrator. */
    private record World(TestWorld world) implements TestWorld.Around {

        static World start(String kind) {
            return new World(TestWorld.start(kind, Instant.parse("2026-03-01T08:00:00Z")));
        }

        AccountService accounts() {
            return bean(AccountService.class);
        }

        int area(String code) {
            return bean(OrganizationDirectory.class).area(code).orElseThrow().id();
        }

        List<AuditEntry> audit() {
            return bean(AuditLog.class).recent(admin(), 100);
        }
    }

    @OnEveryTestDatabase
    void administratorCreatesAPublisherScopedToOneDepartment(String kind) {
        try (World world = World.start(kind)) {
            int cityEmergency = world.department("EMERGENCY", "JC");
            StaffAccount created = world.accounts().createAccount(world.admin(), new NewAccount(
                    "  Zhang.Wei ", "张伟 🙂", PASSWORD, List.of(RoleGrant.inDepartment("PUBLISHER", cityEmergency))));

            assertEquals("zhang.wei", created.username());
            assertEquals("张伟 🙂", created.displayName());
            Actor publisher = world.accounts().actor("zhang.wei");
            assertTrue(publisher.isPermitted(Permissions.DRAFT_LISTS, cityEmergency, null));
            assertFalse(publisher.isPermitted(Permissions.DRAFT_LISTS, world.department("ENERGY", "JC"), null),
                    "a publisher of one department may not draft another's lists");
            assertFalse(publisher.isPermitted(Permissions.MANAGE_USERS));
            assertEquals("account.created", world.audit().get(0).action());
            assertEquals("test-only:" + PASSWORD, world.accounts().loginCredentials("zhang.wei").orElseThrow().passwordHash());
        }
    }

    @OnEveryTestDatabase
    void caseHandlerNarrowedToACountyCoversOnlyThatCounty(String kind) {
        try (World world = World.start(kind)) {
            int gas = world.department("URBAN_MANAGEMENT", "ZZ");
            world.accounts().createAccount(world.admin(), new NewAccount("handler", "Handler", PASSWORD,
                    List.of(new RoleGrant("CASE_HANDLER", gas, world.area("ZZ")))));
            Actor handler = world.accounts().actor("handler");

            assertTrue(handler.isPermitted(Permissions.HANDLE_CASES, gas, world.area("ZZ")));
            assertFalse(handler.isPermitted(Permissions.HANDLE_CASES, gas, world.area("GP")));
        }
    }

    @OnEveryTestDatabase
    void onlyAnAdministratorMayManageAccounts(String kind) {
        try (World world = World.start(kind)) {
            world.accounts().createAccount(world.admin(), new NewAccount("educator", "Educator", PASSWORD,
                    List.of(RoleGrant.cityWide("EDUCATOR"))));
            Actor educator = world.accounts().actor("educator");

            assertThrows(AccessDeniedException.class, () -> world.accounts().accounts(educator));
            assertThrows(AccessDeniedException.class, () -> world.accounts().createAccount(educator,
                    new NewAccount("another", "Another", PASSWORD, List.of())));
        }
    }

    @OnEveryTestDatabase
    void refusesBadInputWithAReasonAndStoresNothing(String kind) {
        try (World world = World.start(kind)) {
            int department = world.department("EMERGENCY", "JC");
            assertRefused("account.username.invalid", () -> world.accounts().createAccount(world.admin(),
                    new NewAccount("x", "Name", PASSWORD, List.of())));
            assertRefused("account.password.length", () -> world.accounts().createAccount(world.admin(),
                    new NewAccount("shortpw", "Name", "short", List.of())));
            assertRefused("account.role.departmentRequired", () -> world.accounts().createAccount(world.admin(),
                    new NewAccount("nodept", "Name", PASSWORD, List.of(RoleGrant.cityWide("PUBLISHER")))));
            assertRefused("account.role.noScope", () -> world.accounts().createAccount(world.admin(),
                    new NewAccount("scoped", "Name", PASSWORD, List.of(RoleGrant.inDepartment("EDUCATOR", department)))));
            assertRefused("account.role.areaMustBeCounty", () -> world.accounts().createAccount(world.admin(),
                    new NewAccount("cityarea", "Name", PASSWORD, List.of(new RoleGrant("CASE_HANDLER", department, world.area("JC"))))));
            assertRefused("account.username.taken", () -> world.accounts().createAccount(world.admin(),
                    new NewAccount("ADMIN", "Name", PASSWORD, List.of(RoleGrant.cityWide("EDUCATOR")))));
            assertRefused("account.roles.required", () -> world.accounts().createAccount(world.admin(),
                    new NewAccount("norole", "Name", PASSWORD, List.of())));

            assertEquals(1, world.accounts().accounts(world.admin()).size());
        }
    }

    @OnEveryTestDatabase
    void theSixthWrongPasswordLocksTheAccountForThirtyMinutes(String kind) {
        try (World world = World.start(kind)) {
            world.accounts().createAccount(world.admin(), new NewAccount("reviewer", "Reviewer", PASSWORD,
                    List.of(RoleGrant.inDepartment("REVIEWER", world.department("EMERGENCY", "JC")))));
            for (int attempt = 1; attempt < LoginPolicy.MAX_FAILED_LOGINS; attempt++) {
                assertFalse(world.accounts().recordFailedLogin("reviewer"), "attempt " + attempt);
            }
            assertTrue(world.accounts().recordFailedLogin("reviewer"));
            assertTrue(credentials(world, "reviewer").isLockedAt(world.clock().instant()));

            world.clock().advance(Duration.ofMinutes(29));
            assertTrue(credentials(world, "reviewer").isLockedAt(world.clock().instant()));
            world.clock().advance(Duration.ofMinutes(2));
            assertFalse(credentials(world, "reviewer").isLockedAt(world.clock().instant()));
            assertTrue(world.audit().stream().anyMatch(entry -> entry.action().equals("account.locked")));
        }
    }

    @OnEveryTestDatabase
    void aSuccessfulLoginForgetsEarlierFailures(String kind) {
        try (World world = World.start(kind)) {
            for (int attempt = 1; attempt < LoginPolicy.MAX_FAILED_LOGINS; attempt++) {
                world.accounts().recordFailedLogin("admin");
            }
            world.accounts().recordSuccessfulLogin("admin");
            assertFalse(world.accounts().recordFailedLogin("admin"), "the count started again");
        }
    }

    @OnEveryTestDatabase
    void disablingAndResettingAreAuditedAndAdministratorsCannotLockThemselvesOut(String kind) {
        try (World world = World.start(kind)) {
            StaffAccount educator = world.accounts().createAccount(world.admin(), new NewAccount("educator", "Educator",
                    PASSWORD, List.of(RoleGrant.cityWide("EDUCATOR"))));
            int adminId = world.accounts().accounts(world.admin()).stream()
                    .filter(a -> a.username().equals("admin")).findFirst().orElseThrow().id();

            assertFalse(world.accounts().setEnabled(world.admin(), educator.id(), false).enabled());
            assertFalse(world.accounts().actor("educator").isPermitted(Permissions.EDIT_LESSONS),
                    "a disabled account holds no permissions");
            world.accounts().resetPassword(world.admin(), educator.id(), "another-password");
            assertRefused("account.cannotDisableSelf", () -> world.accounts().setEnabled(world.admin(), adminId, false));
            assertRefused("account.roles.cannotDropOwnAdministrator",
                    () -> world.accounts().replaceRoles(world.admin(), adminId, List.of(RoleGrant.cityWide("EDUCATOR"))));
            assertRefused("account.roles.required", () -> world.accounts().replaceRoles(world.admin(), educator.id(), List.of()));

            List<String> actions = world.audit().stream().map(AuditEntry::action).toList();
            assertTrue(actions.containsAll(List.of("account.disabled", "account.passwordReset", "account.created")), actions.toString());
        }
    }

    @OnEveryTestDatabase
    void theFirstAdministratorIsCreatedOnceAndNeverWithADefaultPassword(String kind) {
        try (TestDatabase database = TestDatabase.create(kind);
             ApplicationContext context = ModuleContext.start(database, new MutableClock(Instant.now()))) {
            context.getBean(ReferenceDataLoader.class).load();
            AccountService accounts = context.getBean(AccountService.class);

            Optional<String> generated = accounts.ensureFirstAdministrator("");
            assertTrue(generated.isPresent());
            assertTrue(generated.get().length() >= LoginPolicy.MIN_PASSWORD_LENGTH);
            assertEquals(Optional.empty(), accounts.ensureFirstAdministrator(""), "second start: nothing to do");
            assertTrue(accounts.actor("admin").isPermitted(Permissions.MANAGE_USERS));
            String otherStart = generateFresh(kind);
            assertFalse(otherStart.equals(generated.get()), "each installation gets its own password");
        }
    }

    @OnEveryTestDatabase
    void writesInsideAFailedTransactionAreRolledBack(String kind) {
        try (World world = World.start(kind)) {
            int before = world.audit().size();
            assertThrows(IllegalStateException.class, () -> world.database().dsl().transaction(() -> {
                world.context().getBean(AuditLog.class).record("test", "test.action", "target", "detail");
                throw new IllegalStateException("fails after the write");
            }));
            assertEquals(before, world.audit().size());
        }
    }

    private static String generateFresh(String kind) {
        try (TestDatabase database = TestDatabase.create(kind);
             ApplicationContext context = ModuleContext.start(database, new MutableClock(Instant.now()))) {
            context.getBean(ReferenceDataLoader.class).load();
            return context.getBean(AccountService.class).ensureFirstAdministrator(null).orElseThrow();
        }
    }

    private static LoginCredentials credentials(World world, String username) {
        return world.accounts().loginCredentials(username).orElseThrow();
    }

    private static void assertRefused(String expectedKey, Runnable action) {
        ValidationException refused = assertThrows(ValidationException.class, action::run);
        assertEquals(expectedKey, refused.messageKey());
    }
}
