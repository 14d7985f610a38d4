-- Corrections and rectification-status events of published inspection results. A published
-- inspection_record is never changed: a correction is a new row carrying every correctable field
-- as it should read (the latest correction of a record supersedes the record's own values), and a
-- rectification that is completed is a new status event. Both are published to the ledger
-- (subjects inspection-correction:ID and inspection-status:ID). OVERDUE is never stored: it is
-- derived from the deadline in force and today's date.

CREATE TABLE inspection_correction (
    id                      INT            NOT NULL AUTO_INCREMENT,
    record_id               INT            NOT NULL,
    correction_no           INT            NOT NULL,
    kind                    VARCHAR(16)    NOT NULL,
    enterprise_name         VARCHAR(200)   NOT NULL,
    credit_code             CHAR(18)       NOT NULL,
    area_id                 INT            NOT NULL,
    sector_code             VARCHAR(32)    NOT NULL,
    inspection_date         DATE           NOT NULL,
    findings                TEXT           NOT NULL,
    violation_basis         TEXT,
    violation_description   TEXT,
    measures                TEXT,
    decision_no             VARCHAR(64),
    fine_amount             DECIMAL(12,2),
    rectification_deadline  DATE,
    decision_date           DATE           NOT NULL,
    reason                  TEXT           NOT NULL,
    corrected_by            VARCHAR(64)    NOT NULL,
    corrected_at            DATETIME(6)    NOT NULL,
    content_hash            CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_inspection_correction_no UNIQUE (record_id, correction_no),
    CONSTRAINT fk_inspection_correction_record FOREIGN KEY (record_id) REFERENCES inspection_record (id),
    CONSTRAINT fk_inspection_correction_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_inspection_correction_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE inspection_status_event (
    id              INT            NOT NULL AUTO_INCREMENT,
    record_id       INT            NOT NULL,
    event_no        INT            NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    status_date     DATE           NOT NULL,
    note            TEXT,
    recorded_by     VARCHAR(64)    NOT NULL,
    recorded_at     DATETIME(6)    NOT NULL,
    content_hash    CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_inspection_status_event_no UNIQUE (record_id, event_no),
    CONSTRAINT fk_inspection_status_event_record FOREIGN KEY (record_id) REFERENCES inspection_record (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_inspection_correction_record ON inspection_correction (record_id);
CREATE INDEX idx_inspection_status_event_record ON inspection_status_event (record_id);

INSERT INTO staff_role_permission (role_code, permission) VALUES
    ('PUBLISHER', 'inspections:publish');
