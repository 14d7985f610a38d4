package org.safetyportal.portal.api;

import io.micronaut.serde.annotation.Serdeable;

/** The body of every refused API request: a stable code for programs, a translated message for people. */
@Serdeable
public record ApiError(int status, String code, String message) {
}
