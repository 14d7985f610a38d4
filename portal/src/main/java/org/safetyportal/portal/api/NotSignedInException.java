package org.safetyportal.portal.api;

import org.safetyportal.i18n.LocalizedException;

/** An admin API was called without a signed-in session: 401, not 403. */
class NotSignedInException extends LocalizedException {

    NotSignedInException() {
        super("error.notSignedIn");
    }
}
