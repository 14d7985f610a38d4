package org.safetyportal.content.testing;

import io.micronaut.context.ApplicationContext;
import java.time.Clock;

/**
 * The module's services wired by Micronaut, as the portal wires them, over a test database.
 * Tests thereby also prove the bean definitions.
 */
public final class ModuleContext {

    private ModuleContext() {
    }

    public static ApplicationContext start(TestDatabase database, Clock clock) {
        return start(database, clock, new Object[0]);
    }

    /** With further singletons a module above this one needs from its host (e.g. a key the portal reads from configuration). */
    public static ApplicationContext start(TestDatabase database, Clock clock, Object... more) {
        Object[] singletons = new Object[3 + more.length];
        singletons[0] = database.dsl();
        singletons[1] = clock;
        singletons[2] = new PlainTextHasher();
        System.arraycopy(more, 0, singletons, 3, more.length);
        return ApplicationContext.builder()
                .singletons(singletons)
                .start();
    }
}
