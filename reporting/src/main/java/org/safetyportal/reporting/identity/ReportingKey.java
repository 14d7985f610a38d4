package org.safetyportal.reporting.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The portal's reporting secret: 32 random bytes from configuration or from a key file created on first
 * start, never stored in the database. Two keys are derived from it, one that seals reporters'
 * identities and one that hashes tracking PINs, so that a copy of the database alone reveals neither.
 */
public final class ReportingKey {

    private static final int LENGTH = 32;

    private final byte[] sealing;
    private final byte[] pinHashing;
    private final byte[] sourceMarking;
    private final byte[] humanChecking;
    private final String id;

    private ReportingKey(byte[] secret) {
        if (secret.length != LENGTH) {
            throw new IllegalArgumentException("The reporting key must be " + LENGTH + " bytes");
        }
        this.sealing = derive(secret, "identity-sealing-v1");
        this.pinHashing = derive(secret, "tracking-pin-v1");
        this.sourceMarking = derive(secret, "intake-source-v1");
        this.humanChecking = derive(secret, "human-check-v1");
        this.id = HexFormat.of().formatHex(sha256(sealing), 0, 8);
    }

    /** A key given in configuration, as 32 bytes in Base64. */
    public static ReportingKey fromBase64(String base64) {
        try {
            return new ReportingKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The reporting key must be 32 bytes in Base64", e);
        }
    }

    /**
     * The key in the file, which is created with a new random key (readable by the owner only) when it
     * does not exist yet. Two portals starting at once on one data directory end up with the same key:
     * the file is created exclusively and the loser reads the winner's.
     */
    public static ReportingKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] secret = new byte[LENGTH];
                new SecureRandom().nextBytes(secret);
                try {
                    Files.write(file, Base64.getEncoder().encode(secret), StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    restrictToOwner(file);
                } catch (FileAlreadyExistsException raced) {
                    // Another process created it first; its key is the one.
                }
            }
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the reporting key file " + file, e);
        }
    }

    /** A new random key that lives only as long as this process (tests). */
    public static ReportingKey random() {
        byte[] secret = new byte[LENGTH];
        new SecureRandom().nextBytes(secret);
        return new ReportingKey(secret);
    }

    byte[] sealingKey() {
        return sealing.clone();
    }

    /** A short name of the sealing key, stored beside what it sealed: not the key, nor usable to find it. */
    String id() {
        return id;
    }

    /** HMAC-SHA256 of the text under the PIN key, in hex. */
    public String pinHash(String text) {
        return HexFormat.of().formatHex(hmac(pinHashing, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A report's source (address, device mark) as abuse control keeps it: comparable, not readable back. */
    public String sourceMark(String text) {
        return HexFormat.of().formatHex(hmac(sourceMarking, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** What a human check's token carries in place of its answer: the answer bound to the token, not readable back. */
    public String humanCheckMac(String text) {
        return HexFormat.of().formatHex(hmac(humanChecking, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "ReportingKey[" + id + "]";
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // A file system without POSIX permissions keeps its own defaults.
        }
    }

    private static byte[] derive(byte[] secret, String purpose) {
        return hmac(secret, purpose.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
