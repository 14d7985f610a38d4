package org.safetyportal.reporting.internal;

/** A sealed identity as stored: which key sealed it, the nonce and the ciphertext. */
public record SealedRow(String keyId, byte[] nonce, byte[] sealed) {
}
