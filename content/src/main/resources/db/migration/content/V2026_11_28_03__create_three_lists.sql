-- The three lists (三清单) of each department, kept as versions. A version is drafted, submitted,
-- and published by a reviewer other than its drafter; a published version is never changed again,
-- only superseded by the next one. list_year is 0 for the lists that are not annual.

CREATE TABLE list_version (
    id              INT           NOT NULL AUTO_INCREMENT,
    department_id   INT           NOT NULL,
    list_type       VARCHAR(16)   NOT NULL,
    list_year       INT           NOT NULL,
    version_no      INT           NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    based_on_id     INT,
    drafted_by      VARCHAR(64)   NOT NULL,
    drafted_at      DATETIME(6)   NOT NULL,
    submitted_by    VARCHAR(64),
    submitted_at    DATETIME(6),
    reviewed_by     VARCHAR(64),
    reviewed_at     DATETIME(6),
    review_comment  VARCHAR(1000),
    effective_date  DATE,
    change_reason   VARCHAR(24),
    published_at    DATETIME(6),
    content_hash    CHAR(64),
    PRIMARY KEY (id),
    CONSTRAINT uk_list_version UNIQUE (department_id, list_type, list_year, version_no),
    CONSTRAINT fk_list_version_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_list_version_based_on FOREIGN KEY (based_on_id) REFERENCES list_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_list_version_status ON list_version (status);

-- One row per item; which columns are used depends on the list type (see ListItem).
CREATE TABLE list_item (
    id                  INT            NOT NULL AUTO_INCREMENT,
    version_id          INT            NOT NULL,
    item_code           VARCHAR(64)    NOT NULL,
    sort_order          INT            NOT NULL,
    title               VARCHAR(500)   NOT NULL,
    power_type          VARCHAR(24),
    legal_basis         TEXT,
    responsible_body    VARCHAR(300),
    stages              TEXT,
    accountability      TEXT,
    supervision_phone   VARCHAR(64),
    measures            TEXT,
    deadline            DATE,
    cooperating_units   VARCHAR(500),
    task_status         VARCHAR(16),
    progress            TEXT,
    PRIMARY KEY (id),
    CONSTRAINT uk_list_item_code UNIQUE (version_id, item_code),
    CONSTRAINT fk_list_item_version FOREIGN KEY (version_id) REFERENCES list_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The sectors a responsibility covers: the data that routes hazard reports (管行业必须管安全).
CREATE TABLE list_item_sector (
    item_id      INT          NOT NULL,
    sector_code  VARCHAR(32)  NOT NULL,
    PRIMARY KEY (item_id, sector_code),
    CONSTRAINT fk_list_item_sector_item FOREIGN KEY (item_id) REFERENCES list_item (id),
    CONSTRAINT fk_list_item_sector_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every publication event, hash-chained: each entry holds the SHA-256 of the canonical published
-- content and of the previous entry, so that any later change to either is detectable.
CREATE TABLE publication_ledger (
    seq            BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    event_type     VARCHAR(48)   NOT NULL,
    subject        VARCHAR(200)  NOT NULL,
    content_hash   CHAR(64)      NOT NULL,
    previous_hash  CHAR(64)      NOT NULL,
    entry_hash     CHAR(64)      NOT NULL,
    PRIMARY KEY (seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_publication_ledger_subject ON publication_ledger (subject);

-- One row, locked while an entry is appended, so that appends are strictly one after another.
CREATE TABLE publication_ledger_head (
    id         INT          NOT NULL,
    last_seq   BIGINT       NOT NULL,
    last_hash  CHAR(64)     NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO publication_ledger_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
