-- Failed sign-ins counted per user name and source address together, and per source address alone,
-- so that a lock keeps an attacker out without locking the real user out from another address. A
-- row exists for a user name whether or not the account exists, so locks reveal nothing about names.
CREATE TABLE sign_in_throttle (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(20)   NOT NULL,
    username        VARCHAR(64)   NOT NULL,
    address         VARCHAR(64)   NOT NULL,
    failures        INT           NOT NULL,
    last_failure_at DATETIME(6)   NOT NULL,
    locked_until    DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_sign_in_throttle UNIQUE (kind, username, address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
