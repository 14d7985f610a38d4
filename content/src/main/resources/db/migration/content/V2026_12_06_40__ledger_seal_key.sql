-- The key that seals who made a published list version (issue 11, item 10): a list version's public
-- content names its makers as staff-1, staff-2 (so a reader sees the four-eyes rule kept without a staff
-- member's user name) and carries an HMAC of the real accounts under this key, so the portal can still
-- prove later who drafted and who published. One row, made by the portal on first use (random, never
-- shown); losing it only means old seals can no longer be recomputed, not that anything public changes.
CREATE TABLE ledger_seal_key (
    id         INT          NOT NULL,
    seal_key   VARCHAR(64)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
