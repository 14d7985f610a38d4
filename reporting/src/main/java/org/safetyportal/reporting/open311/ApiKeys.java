package org.safetyportal.reporting.open311;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ledger.Sha256;

/**
 * Keys for the organisations whose apps post citizens' reports through Open311. Administrators issue and
 * revoke them (rights checked at the moment of each action, both audited); a key is shown once and kept
 * only as its SHA-256, so a copy of the database cannot post reports.
 */
@Singleton
public class ApiKeys {

    public static final String AUDIT_ISSUED = "open311.keyIssued";
    public static final String AUDIT_REVOKED = "open311.keyRevoked";
    static final int MAX_CLIENT_NAME = 100;
    private static final String PREFIX = "o311-";
    private static final int KEY_LENGTH = 32;

    private final ApiKeyRepository repository;
    private final CurrentRights rights;
    private final AuditLog audit;
    private final DSLContext dsl;
    private final CityClock clock;

    ApiKeys(ApiKeyRepository repository, CurrentRights rights, AuditLog audit, DSLContext dsl, CityClock clock) {
        this.repository = repository;
        this.rights = rights;
        this.audit = audit;
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A key just issued: {@code key} is the only time it is shown. */
    public record Issued(ApiKey apiKey, String key) {
    }

    public Issued issue(Actor actor, String clientName) {
        return dsl.transactionResult(() -> {
            Actor now = rights.of(actor);
            now.require(Permissions.MANAGE_USERS);
            String name = clientName == null ? "" : clientName.strip();
            if (name.isEmpty() || name.length() > MAX_CLIENT_NAME
                    || name.chars().anyMatch(c -> c == '<' || c == '>' || c == '&' || c == '"' || Character.isISOControl(c))) {
                throw new ValidationException("open311.keys.name", MAX_CLIENT_NAME);
            }
            String key = PREFIX + RandomText.of(KEY_LENGTH);
            String hint = key.substring(key.length() - 4);
            int id = repository.insert(name, Sha256.of(key), hint, now.username(), clock.now());
            audit.record(now.username(), AUDIT_ISSUED, "open311-key:" + id, name + " / …" + hint);
            return new Issued(repository.byId(id).orElseThrow(), key);
        });
    }

    public void revoke(Actor actor, int id) {
        dsl.transaction(() -> {
            Actor now = rights.of(actor);
            now.require(Permissions.MANAGE_USERS);
            ApiKey key = repository.byId(id).orElseThrow(() -> new ValidationException("open311.keys.notRevocable"));
            if (!repository.revoke(id, now.username(), clock.now())) {
                throw new ValidationException("open311.keys.notRevocable");
            }
            audit.record(now.username(), AUDIT_REVOKED, "open311-key:" + id, key.clientName() + " / …" + key.hint());
        });
    }

    public List<ApiKey> all(Actor actor) {
        rights.of(actor).require(Permissions.MANAGE_USERS);
        return repository.all();
    }

    /** The key a client presented, if it was issued and is not revoked. */
    Optional<ApiKey> holder(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() != PREFIX.length() + KEY_LENGTH) {
            return Optional.empty();
        }
        return repository.byHash(Sha256.of(presented)).filter(k -> !k.revoked());
    }
}
