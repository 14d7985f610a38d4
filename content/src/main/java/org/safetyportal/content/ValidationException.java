package org.safetyportal.content;

import org.safetyportal.i18n.LocalizedException;

/** Input a service refused; the message key says why, in words the visitor can act on. */
public class ValidationException extends LocalizedException {

    public ValidationException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
