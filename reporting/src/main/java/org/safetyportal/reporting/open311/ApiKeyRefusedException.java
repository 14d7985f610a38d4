package org.safetyportal.reporting.open311;

import org.safetyportal.content.AccessDeniedException;

/** A post without a key, or with one that was never issued or has been revoked. */
public class ApiKeyRefusedException extends AccessDeniedException {

    ApiKeyRefusedException() {
        super("open311.error.apiKey", new Object[0]);
    }
}
