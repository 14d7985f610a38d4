package org.safetyportal.portal.ui.education;

/** A typed certificate code that verifies nothing; its message is the translation key that says why. */
public class NoSuchCertificateException extends RuntimeException {

    public NoSuchCertificateException(String messageKey) {
        super(messageKey);
    }
}
