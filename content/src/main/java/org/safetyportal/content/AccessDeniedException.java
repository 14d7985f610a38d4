package org.safetyportal.content;

import org.safetyportal.i18n.LocalizedException;

/** The acting user lacks the permission, or the department/county scope, for what was asked. */
public class AccessDeniedException extends LocalizedException {

    public AccessDeniedException(String permission) {
        super("error.accessDenied", permission);
    }

    protected AccessDeniedException(String messageKey, Object[] messageArguments) {
        super(messageKey, messageArguments);
    }
}
