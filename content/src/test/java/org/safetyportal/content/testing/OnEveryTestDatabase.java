package org.safetyportal.content.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a test once per database kind of {@link TestDatabase#kinds()}: H2 always, MySQL/MariaDB when
 * {@code PORTAL_TEST_DB_URL} is set. The test method takes the kind as its parameter.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@MethodSource("org.safetyportal.content.testing.TestDatabase#kinds")
public @interface OnEveryTestDatabase {
}
