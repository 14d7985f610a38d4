package org.safetyportal.content.ledger;

import static org.safetyportal.content.internal.jooq.Tables.LEDGER_SEAL_KEY;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jooq.DSLContext;

/**
 * The portal's key for sealing facts the public content does not show (who made a published version)
 * so that the portal can still prove them later: HMAC-SHA256 under a random key kept in the database,
 * made on first use.
 */
@Singleton
public class LedgerSealKey {

    private static final int ID = 1;

    private final DSLContext dsl;
    private final Clock clock;
    private volatile byte[] key;

    LedgerSealKey(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** HMAC-SHA256 of the text under the portal's key, as 64 lower-case hex digits. */
    public String seal(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            // Made on a thread of its own, hence in a transaction of its own: the caller is usually inside a
            // publication's transaction, and a key made there would vanish with it if it rolled back,
            // after other publications had been sealed with it.
            known = CompletableFuture.supplyAsync(this::storedOrNew).join();
            key = known;
        }
        return known;
    }

    private byte[] storedOrNew() {
        return dsl.transactionResult(() -> {
            String stored = dsl.select(LEDGER_SEAL_KEY.SEAL_KEY).from(LEDGER_SEAL_KEY)
                    .where(LEDGER_SEAL_KEY.ID.eq(ID)).fetchOne(LEDGER_SEAL_KEY.SEAL_KEY);
            if (stored == null) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                // Two nodes may start at once: the first insert wins and both read it back.
                dsl.insertInto(LEDGER_SEAL_KEY)
                        .set(LEDGER_SEAL_KEY.ID, ID)
                        .set(LEDGER_SEAL_KEY.SEAL_KEY, HexFormat.of().formatHex(fresh))
                        .set(LEDGER_SEAL_KEY.CREATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .onDuplicateKeyIgnore()
                        .execute();
                stored = dsl.select(LEDGER_SEAL_KEY.SEAL_KEY).from(LEDGER_SEAL_KEY)
                        .where(LEDGER_SEAL_KEY.ID.eq(ID)).fetchSingle(LEDGER_SEAL_KEY.SEAL_KEY);
            }
            return HexFormat.of().parseHex(stored);
        });
    }
}
