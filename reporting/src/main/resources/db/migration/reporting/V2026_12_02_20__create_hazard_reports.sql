-- Citizen hazard reports (隐患举报) and the cases they become. A report names the sector, county
-- (and township), place and what was seen; it is routed at intake by the published 责任清单, and the
-- case keeps the department, the rule and the list item with its version that decided it. The
-- reporter's identity never lives here: hazard_report_identity holds it sealed with a key that is
-- never in the database. The tracking PIN is kept only as a keyed hash.
-- Reference data (sector, area, department) is named by code; the foreign keys to content's tables
-- sit between jOOQ ignore comments because reporting's code generation does not parse content's tables.

CREATE TABLE case_status (
    code        VARCHAR(32)  NOT NULL,
    state_group VARCHAR(8)   NOT NULL,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Which action moves a case from which status to which, and what the action must carry. The
-- committee (安委办) decides refusals; every other action is a handler's of the case's department.
CREATE TABLE case_transition (
    action          VARCHAR(32)  NOT NULL,
    from_status     VARCHAR(32)  NOT NULL,
    to_status       VARCHAR(32)  NOT NULL,
    actor_kind      VARCHAR(16)  NOT NULL,
    needs_reason    BOOLEAN      NOT NULL,
    needs_deadline  BOOLEAN      NOT NULL,
    needs_outcome   BOOLEAN      NOT NULL,
    four_eyes       BOOLEAN      NOT NULL,
    PRIMARY KEY (action, from_status),
    CONSTRAINT fk_case_transition_from FOREIGN KEY (from_status) REFERENCES case_status (code),
    CONSTRAINT fk_case_transition_to FOREIGN KEY (to_status) REFERENCES case_status (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The outcomes a status may be reached with (why not accepted; how a case was closed).
CREATE TABLE case_outcome (
    status      VARCHAR(32)  NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (status, code),
    CONSTRAINT fk_case_outcome_status FOREIGN KEY (status) REFERENCES case_status (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO case_status (code, state_group, sort_order) VALUES
    ('SUBMITTED', 'OPEN', 10),
    ('ACCEPTED', 'OPEN', 20),
    ('INVESTIGATING', 'OPEN', 30),
    ('RECTIFYING', 'OPEN', 40),
    ('AWAITING_VERIFICATION', 'OPEN', 50),
    ('DISPUTED', 'OPEN', 60),
    ('NOT_ACCEPTED', 'CLOSED', 70),
    ('CLOSED', 'CLOSED', 80);

INSERT INTO case_transition (action, from_status, to_status, actor_kind, needs_reason, needs_deadline, needs_outcome, four_eyes) VALUES
    ('ACCEPT', 'SUBMITTED', 'ACCEPTED', 'HANDLER', FALSE, FALSE, FALSE, FALSE),
    ('NOT_ACCEPT', 'SUBMITTED', 'NOT_ACCEPTED', 'HANDLER', TRUE, FALSE, TRUE, FALSE),
    ('TRANSFER', 'SUBMITTED', 'SUBMITTED', 'HANDLER', TRUE, FALSE, FALSE, FALSE),
    ('TRANSFER', 'ACCEPTED', 'SUBMITTED', 'HANDLER', TRUE, FALSE, FALSE, FALSE),
    ('REFUSE', 'SUBMITTED', 'DISPUTED', 'HANDLER', TRUE, FALSE, FALSE, FALSE),
    ('REFUSE', 'ACCEPTED', 'DISPUTED', 'HANDLER', TRUE, FALSE, FALSE, FALSE),
    ('DECIDE_DISPUTE', 'DISPUTED', 'SUBMITTED', 'COMMITTEE', TRUE, FALSE, FALSE, FALSE),
    ('INVESTIGATE', 'ACCEPTED', 'INVESTIGATING', 'HANDLER', FALSE, FALSE, FALSE, FALSE),
    ('ORDER_RECTIFICATION', 'INVESTIGATING', 'RECTIFYING', 'HANDLER', FALSE, TRUE, FALSE, FALSE),
    ('REQUEST_VERIFICATION', 'RECTIFYING', 'AWAITING_VERIFICATION', 'HANDLER', FALSE, FALSE, TRUE, FALSE),
    ('REQUEST_VERIFICATION', 'INVESTIGATING', 'AWAITING_VERIFICATION', 'HANDLER', FALSE, FALSE, TRUE, FALSE),
    ('VERIFY_CLOSE', 'AWAITING_VERIFICATION', 'CLOSED', 'HANDLER', FALSE, FALSE, FALSE, TRUE),
    ('SEND_BACK', 'AWAITING_VERIFICATION', 'INVESTIGATING', 'HANDLER', TRUE, FALSE, FALSE, FALSE),
    ('REOPEN', 'CLOSED', 'INVESTIGATING', 'HANDLER', TRUE, FALSE, FALSE, FALSE),
    ('REOPEN', 'NOT_ACCEPTED', 'SUBMITTED', 'HANDLER', TRUE, FALSE, FALSE, FALSE);

INSERT INTO case_outcome (status, code, sort_order) VALUES
    ('NOT_ACCEPTED', 'DUPLICATE', 10),
    ('NOT_ACCEPTED', 'NOT_SAFETY_HAZARD', 20),
    ('NOT_ACCEPTED', 'OUTSIDE_JURISDICTION', 30),
    ('AWAITING_VERIFICATION', 'RECTIFIED', 10),
    ('AWAITING_VERIFICATION', 'NOT_SUBSTANTIATED', 20),
    ('AWAITING_VERIFICATION', 'CLOSED_UNRECTIFIED', 30);

CREATE TABLE hazard_report (
    id                      INT            NOT NULL AUTO_INCREMENT,
    tracking_code           CHAR(13)       NOT NULL,
    pin_hash                CHAR(64)       NOT NULL,
    sector_code             VARCHAR(32)    NOT NULL,
    area_code               VARCHAR(32)    NOT NULL,
    township_code           VARCHAR(32),
    address                 VARCHAR(300)   NOT NULL,
    latitude                DECIMAL(9,6),
    longitude               DECIMAL(9,6),
    enterprise_name         VARCHAR(200),
    credit_code             CHAR(18),
    description             TEXT           NOT NULL,
    real_name               BOOLEAN        NOT NULL,
    routed_department_code  VARCHAR(64)    NOT NULL,
    routing_rule            VARCHAR(32)    NOT NULL,
    basis_version_id        INT,
    basis_version_no        INT,
    basis_item_code         VARCHAR(64),
    basis_content_hash      CHAR(64),
    department_code         VARCHAR(64)    NOT NULL,
    status                  VARCHAR(32)    NOT NULL,
    outcome                 VARCHAR(32),
    rectification_deadline  DATE,
    outcome_claimed_by      VARCHAR(64),
    submitted_at            DATETIME(6)    NOT NULL,
    updated_at              DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_hazard_report_tracking_code UNIQUE (tracking_code),
    CONSTRAINT fk_hazard_report_status FOREIGN KEY (status) REFERENCES case_status (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_hazard_report_department_status ON hazard_report (department_code, status);
CREATE INDEX idx_hazard_report_area_status ON hazard_report (area_code, status);

-- Everything that happened to a case, in order. Public events (is_public) are what the reporter and
-- the public read and what the publication ledger records (subject hazard-case-event:ID, content_hash
-- of their canonical form); internal notes stay with the staff and are never published.
CREATE TABLE hazard_case_event (
    id                  INT            NOT NULL AUTO_INCREMENT,
    report_id           INT            NOT NULL,
    event_no            INT            NOT NULL,
    action              VARCHAR(32)    NOT NULL,
    status_after        VARCHAR(32)    NOT NULL,
    department_code     VARCHAR(64)    NOT NULL,
    outcome             VARCHAR(32),
    deadline            DATE,
    public_note         TEXT,
    internal_note       TEXT,
    is_public           BOOLEAN        NOT NULL,
    actor               VARCHAR(64)    NOT NULL,
    occurred_at         DATETIME(6)    NOT NULL,
    content_hash        CHAR(64),
    PRIMARY KEY (id),
    CONSTRAINT uk_hazard_case_event_no UNIQUE (report_id, event_no),
    CONSTRAINT fk_hazard_case_event_report FOREIGN KEY (report_id) REFERENCES hazard_report (id),
    CONSTRAINT fk_hazard_case_event_status FOREIGN KEY (status_after) REFERENCES case_status (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The reporter's name, phone and email, sealed (AES-GCM) with the portal's reporting key, which lives
-- in configuration or a key file, never here. key_id names the key that sealed it.
CREATE TABLE hazard_report_identity (
    report_id   INT            NOT NULL,
    key_id      CHAR(16)       NOT NULL,
    nonce       VARBINARY(12)  NOT NULL,
    sealed      VARBINARY(2048) NOT NULL,
    PRIMARY KEY (report_id),
    CONSTRAINT fk_hazard_report_identity_report FOREIGN KEY (report_id) REFERENCES hazard_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Wrong tracking code or PIN, counted per source address, so that guessing is slowed down without
-- ever telling which of the two was wrong.
CREATE TABLE tracking_throttle (
    address         VARCHAR(64)   NOT NULL,
    failures        INT           NOT NULL,
    last_failure_at DATETIME(6)   NOT NULL,
    locked_until    DATETIME(6),
    PRIMARY KEY (address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

/* [jooq ignore start] */
ALTER TABLE hazard_report ADD CONSTRAINT fk_hazard_report_sector FOREIGN KEY (sector_code) REFERENCES sector (code);
ALTER TABLE hazard_report ADD CONSTRAINT fk_hazard_report_area FOREIGN KEY (area_code) REFERENCES area (code);
ALTER TABLE hazard_report ADD CONSTRAINT fk_hazard_report_routed FOREIGN KEY (routed_department_code) REFERENCES department (code);
ALTER TABLE hazard_report ADD CONSTRAINT fk_hazard_report_department FOREIGN KEY (department_code) REFERENCES department (code);
ALTER TABLE hazard_case_event ADD CONSTRAINT fk_hazard_case_event_department FOREIGN KEY (department_code) REFERENCES department (code);
/* [jooq ignore stop] */
