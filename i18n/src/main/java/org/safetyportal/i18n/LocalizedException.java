package org.safetyportal.i18n;

/**
 * A failure meant for the person who caused it: it carries a message key and arguments so that
 * the view can show it in the visitor's language instead of a stack trace.
 */
public class LocalizedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] messageArguments;

    public LocalizedException(String messageKey, Object... messageArguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }
}
