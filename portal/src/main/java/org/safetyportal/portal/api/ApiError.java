package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of every refused or failed API request: a stable code for programs, a translated message
 * for people. It never quotes the request beyond a parameter's name. A failure of the portal itself
 * carries an {@code errorId}, which the log holds with the details, so that a report can be matched.
 */
@Serdeable
public record ApiError(int status, String code, String message, @Nullable String errorId) {

    public ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }
}
