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
        return ApplicationContext.builder()
                .singletons(database.dsl(), clock, new PlainTextHasher())
                .start();
    }
}
