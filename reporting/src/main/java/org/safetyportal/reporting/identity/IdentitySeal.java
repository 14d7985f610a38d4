package org.safetyportal.reporting.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM over an identity. The report's id is the associated data, so a sealed identity copied
 * onto another report no longer opens.
 */
final class IdentitySeal {

    static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final ReportingKey key;

    IdentitySeal(ReportingKey key) {
        this.key = key;
    }

    record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
    }

    Sealed seal(int reportId, ReporterIdentity identity) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, reportId);
            return new Sealed(key.id(), nonce, cipher.doFinal(encode(identity)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal an identity", e);
        }
    }

    ReporterIdentity open(int reportId, Sealed sealed) {
        if (!key.id().equals(sealed.keyId())) {
            throw new IllegalStateException("The identity was sealed with another reporting key (" + sealed.keyId() + ")");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, sealed.nonce(), reportId);
            return decode(cipher.doFinal(sealed.ciphertext()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The sealed identity of report " + reportId + " does not open", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, int reportId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key.sealingKey(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("hazard-report:" + reportId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] encode(ReporterIdentity identity) {
        byte[][] parts = {bytes(identity.name()), bytes(identity.phone()), bytes(identity.email())};
        ByteBuffer buffer = ByteBuffer.allocate(3 * Integer.BYTES + parts[0].length + parts[1].length + parts[2].length);
        for (byte[] part : parts) {
            buffer.putInt(part.length).put(part);
        }
        return buffer.array();
    }

    private static ReporterIdentity decode(byte[] plain) {
        ByteBuffer buffer = ByteBuffer.wrap(plain);
        String[] parts = new String[3];
        for (int i = 0; i < 3; i++) {
            byte[] part = new byte[buffer.getInt()];
            buffer.get(part);
            parts[i] = new String(part, StandardCharsets.UTF_8);
        }
        return new ReporterIdentity(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2]);
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
