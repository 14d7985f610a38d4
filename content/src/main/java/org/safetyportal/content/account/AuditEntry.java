package org.safetyportal.content.account;

import java.time.Instant;

public record AuditEntry(long id, Instant occurredAt, String actor, String action, String target, String detail) {
}
