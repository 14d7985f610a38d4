package org.safetyportal.portal.api;

import org.safetyportal.i18n.LocalizedException;

/** Nothing is published under the address asked for: 404 with a translated message. */
class ResourceNotFoundException extends LocalizedException {

    ResourceNotFoundException() {
        super("api.notFound");
    }
}
