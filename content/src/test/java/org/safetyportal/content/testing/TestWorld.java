package org.safetyportal.content.testing;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.NewAccount;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.account.StaffAccount;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.ReferenceDataLoader;

/**
 * The module wired over a fresh test database, as repository tests start it: a {@link MutableClock}
 * at a given instant, the reference data (areas, departments, sectors) loaded and the first
 * administrator ensured. Staff accounts with role grants are one call away. Closing closes the
 * context, then the database; when starting fails the database is closed at once.
 */
public final class TestWorld implements AutoCloseable {

    /** The password of the first administrator, {@code admin}. */
    public static final String ADMINISTRATOR_PASSWORD = "administrator-pw";

    /** The password of every staff account {@link #staff} creates. */
    public static final String STAFF_PASSWORD = "password-123";

    private final TestDatabase database;
    private final MutableClock clock;
    private final ApplicationContext context;

    private TestWorld(TestDatabase database, MutableClock clock, ApplicationContext context) {
        this.database = database;
        this.clock = clock;
        this.context = context;
    }

    /** Starts a world on a new database of the given kind ({@link TestDatabase#kinds()}), its clock at {@code now}. */
    public static TestWorld start(String kind, Instant now) {
        return start(kind, now, new Object[0]);
    }

    /** As {@link #start(String, Instant)}, with further singletons for the context ({@link ModuleContext#start(TestDatabase, java.time.Clock, Object...)}). */
    public static TestWorld start(String kind, Instant now, Object... singletons) {
        TestDatabase database = TestDatabase.create(kind);
        MutableClock clock = new MutableClock(now);
        ApplicationContext context;
        try {
            context = ModuleContext.start(database, clock, singletons);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new TestWorld(database, clock, context).then(world -> {
            world.bean(ReferenceDataLoader.class).load();
            world.bean(AccountService.class).ensureFirstAdministrator(ADMINISTRATOR_PASSWORD);
            return world;
        });
    }

    /**
     * Lets a test set up what it needs on top (staff, its own department ids) and answer its own view
     * of the world; when that fails, this world is closed before the failure goes on.
     */
    public <T> T then(Function<TestWorld, T> setUp) {
        try {
            return setUp.apply(this);
        } catch (RuntimeException e) {
            try {
                close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    public TestDatabase database() {
        return database;
    }

    public ApplicationContext context() {
        return context;
    }

    public MutableClock clock() {
        return clock;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The id of the department of that kind in that area, e.g. ({@code EMERGENCY}, {@code ZZ}). */
    public int department(String typeCode, String areaCode) {
        return bean(OrganizationDirectory.class).department(typeCode, areaCode).orElseThrow().id();
    }

    /** Creates an enabled staff account (its display name is its username) as the administrator. */
    public TestWorld staff(String username, RoleGrant... grants) {
        bean(AccountService.class).createAccount(admin(), new NewAccount(username, username, STAFF_PASSWORD, List.of(grants)));
        return this;
    }

    public Actor actor(String username) {
        return bean(AccountService.class).actor(username);
    }

    /** The administrator disables a staff account, as in user management. */
    public TestWorld disable(String username) {
        AccountService accounts = bean(AccountService.class);
        accounts.setEnabled(admin(), account(username).id(), false);
        return this;
    }

    /** The administrator replaces the roles of a staff account, as in user management. */
    public TestWorld regrant(String username, RoleGrant... grants) {
        AccountService accounts = bean(AccountService.class);
        accounts.replaceRoles(admin(), account(username).id(), List.of(grants));
        return this;
    }

    private StaffAccount account(String username) {
        return bean(AccountService.class).accounts(admin()).stream().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow();
    }

    public Actor admin() {
        return actor(AccountService.FIRST_ADMINISTRATOR_USERNAME);
    }

    public PublicationLedger ledger() {
        return bean(PublicationLedger.class);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            database.close();
        }
    }

    /**
     * For a test's own world record that holds a {@code TestWorld} and adds its department ids and
     * facades: the common parts are answered by the held world, and closing closes it.
     */
    public interface Around extends AutoCloseable {

        TestWorld world();

        default TestDatabase database() {
            return world().database();
        }

        default ApplicationContext context() {
            return world().context();
        }

        default MutableClock clock() {
            return world().clock();
        }

        default <T> T bean(Class<T> type) {
            return world().bean(type);
        }

        default int department(String typeCode, String areaCode) {
            return world().department(typeCode, areaCode);
        }

        default Actor actor(String username) {
            return world().actor(username);
        }

        default Actor admin() {
            return world().admin();
        }

        default void disable(String username) {
            world().disable(username);
        }

        default void regrant(String username, RoleGrant... grants) {
            world().regrant(username, grants);
        }

        default PublicationLedger ledger() {
            return world().ledger();
        }

        @Override
        default void close() {
            world().close();
        }
    }
}
