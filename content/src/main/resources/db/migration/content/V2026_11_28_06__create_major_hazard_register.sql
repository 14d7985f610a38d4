-- 重大隐患挂牌督办: major hazards a department lists for supervised rectification, with the 五落实
-- (measures, responsibility, funds, time limit, contingency plan). A listing is published once and
-- never changed; every later step (rectification begun, progress, rectified, accepted and closed
-- 验收销号) is a new immutable event row. The current status is that of the latest event (LISTED
-- when there is none); "overdue" is computed from the deadline and never stored. Both tables' rows
-- are covered by entries of the publication ledger. Times are kept in whole seconds.

CREATE TABLE major_hazard (
    id                      INT            NOT NULL AUTO_INCREMENT,
    register_code           VARCHAR(64)    NOT NULL,
    department_id           INT            NOT NULL,
    description             TEXT           NOT NULL,
    enterprise_name         VARCHAR(200)   NOT NULL,
    credit_code             CHAR(18)       NOT NULL,
    area_id                 INT            NOT NULL,
    sector_code             VARCHAR(32)    NOT NULL,
    listing_date            DATE           NOT NULL,
    deadline                DATE           NOT NULL,
    rectification_measures  TEXT           NOT NULL,
    responsibility          TEXT           NOT NULL,
    funds                   TEXT           NOT NULL,
    time_limit              TEXT           NOT NULL,
    contingency_plan        TEXT           NOT NULL,
    listed_by               VARCHAR(64)    NOT NULL,
    listed_at               DATETIME(6)    NOT NULL,
    content_hash            CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_major_hazard_code UNIQUE (register_code),
    CONSTRAINT fk_major_hazard_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_major_hazard_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_major_hazard_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_major_hazard_credit_code ON major_hazard (credit_code);
CREATE INDEX idx_major_hazard_listing_date ON major_hazard (listing_date);

CREATE TABLE major_hazard_event (
    id               INT            NOT NULL AUTO_INCREMENT,
    hazard_id        INT            NOT NULL,
    seq              INT            NOT NULL,
    status           VARCHAR(32)    NOT NULL,
    event_date       DATE           NOT NULL,
    note             TEXT           NOT NULL,
    signed_off_by    VARCHAR(100),
    signed_off_unit  VARCHAR(200),
    recorded_by      VARCHAR(64)    NOT NULL,
    recorded_at      DATETIME(6)    NOT NULL,
    content_hash     CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_major_hazard_event_seq UNIQUE (hazard_id, seq),
    CONSTRAINT fk_major_hazard_event_hazard FOREIGN KEY (hazard_id) REFERENCES major_hazard (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO staff_role_permission (role_code, permission) VALUES
    ('PUBLISHER', 'hazards:list'),
    ('REVIEWER', 'hazards:accept');
