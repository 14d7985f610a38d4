-- 安全生产失信"黑名单": enterprises listed by a department for dishonest conduct. A listing is
-- published once and never changed (its canonical content is in the publication ledger); it leaves
-- the current list on its expiry date (three years after listing, stored as the rule computed it) or
-- earlier by credit repair. An early removal is requested by a publisher, approved by a reviewer of
-- the listing department (never the same person) and then written as its own immutable row.
-- Dates are calendar dates; instants are kept in whole seconds.

CREATE TABLE blacklist_entry (
    id                  INT            NOT NULL AUTO_INCREMENT,
    department_id       INT            NOT NULL,
    enterprise_name     VARCHAR(200)   NOT NULL,
    credit_code         CHAR(18)       NOT NULL,
    responsible_person  VARCHAR(64),
    area_id             INT            NOT NULL,
    sector_code         VARCHAR(32)    NOT NULL,
    conduct             TEXT           NOT NULL,
    legal_basis         TEXT           NOT NULL,
    decision_no         VARCHAR(64)    NOT NULL,
    listing_date        DATE           NOT NULL,
    expiry_date         DATE           NOT NULL,
    objection_contact   VARCHAR(200)   NOT NULL,
    objection_phone     VARCHAR(32)    NOT NULL,
    objection_channel   TEXT           NOT NULL,
    listed_by           VARCHAR(64)    NOT NULL,
    listed_at           DATETIME(6)    NOT NULL,
    content_hash        CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_blacklist_entry_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_blacklist_entry_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_blacklist_entry_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_blacklist_entry_credit_code ON blacklist_entry (credit_code);
CREATE INDEX idx_blacklist_entry_expiry ON blacklist_entry (expiry_date);

-- A removal request is work in progress (not published); it may change until it is decided.
CREATE TABLE blacklist_removal_request (
    id              INT            NOT NULL AUTO_INCREMENT,
    entry_id        INT            NOT NULL,
    reason          TEXT           NOT NULL,
    removal_date    DATE           NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    requested_by    VARCHAR(64)    NOT NULL,
    requested_at    DATETIME(6)    NOT NULL,
    decided_by      VARCHAR(64),
    decided_at      DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_blacklist_request_entry FOREIGN KEY (entry_id) REFERENCES blacklist_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_blacklist_request_status ON blacklist_removal_request (status);

-- The published early removal (信用修复): one per entry, never changed.
CREATE TABLE blacklist_removal (
    id              INT            NOT NULL AUTO_INCREMENT,
    entry_id        INT            NOT NULL,
    reason          TEXT           NOT NULL,
    removal_date    DATE           NOT NULL,
    requested_by    VARCHAR(64)    NOT NULL,
    approved_by     VARCHAR(64)    NOT NULL,
    approved_at     DATETIME(6)    NOT NULL,
    content_hash    CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_blacklist_removal_entry UNIQUE (entry_id),
    CONSTRAINT fk_blacklist_removal_entry FOREIGN KEY (entry_id) REFERENCES blacklist_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO staff_role_permission (role_code, permission) VALUES
    ('PUBLISHER', 'blacklist:list'),
    ('REVIEWER', 'blacklist:review');
