-- Published results of the work-safety 巡查 (inspection tours), 考核 (annual assessments) and 督查
-- (supervision) that a conducting department (usually a 安委办) carries out on a county government or
-- on a department. A result is published once and never changed; a rectification report filed later
-- is a row of its own, published once as well. The canonical content of both is in the ledger.
-- Dates are calendar dates; published_at and filed_at are kept in whole seconds.

CREATE TABLE oversight_result (
    id                          INT            NOT NULL AUTO_INCREMENT,
    result_code                 VARCHAR(64)    NOT NULL,
    kind                        VARCHAR(24)    NOT NULL,
    conducting_department_id    INT            NOT NULL,
    inspected_area_id           INT,
    inspected_department_id     INT,
    document_no                 VARCHAR(64),
    period_start                DATE           NOT NULL,
    period_end                  DATE           NOT NULL,
    result_year                 INT            NOT NULL,
    findings                    TEXT           NOT NULL,
    grade                       VARCHAR(16),
    score                       DECIMAL(5,2),
    rectification_requirements  TEXT,
    rectification_deadline      DATE,
    decision_date               DATE           NOT NULL,
    publication_date            DATE           NOT NULL,
    published_by                VARCHAR(64)    NOT NULL,
    published_at                DATETIME(6)    NOT NULL,
    content_hash                CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_oversight_result_code UNIQUE (result_code),
    CONSTRAINT fk_oversight_result_conductor FOREIGN KEY (conducting_department_id) REFERENCES department (id),
    CONSTRAINT fk_oversight_result_area FOREIGN KEY (inspected_area_id) REFERENCES area (id),
    CONSTRAINT fk_oversight_result_department FOREIGN KEY (inspected_department_id) REFERENCES department (id),
    -- The inspected party is either an area's government or a department, never both, never neither.
    CONSTRAINT ck_oversight_result_party CHECK (
        (inspected_area_id IS NOT NULL AND inspected_department_id IS NULL)
        OR (inspected_area_id IS NULL AND inspected_department_id IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_oversight_result_year ON oversight_result (result_year, decision_date);
CREATE INDEX idx_oversight_result_area ON oversight_result (inspected_area_id);
CREATE INDEX idx_oversight_result_department ON oversight_result (inspected_department_id);

-- The inspected party's report on the rectification required, as the conducting department
-- publishes it: at most one per result.
CREATE TABLE oversight_rectification_report (
    id                INT           NOT NULL AUTO_INCREMENT,
    result_id         INT           NOT NULL,
    report_date       DATE          NOT NULL,
    summary           TEXT          NOT NULL,
    publication_date  DATE          NOT NULL,
    filed_by          VARCHAR(64)   NOT NULL,
    filed_at          DATETIME(6)   NOT NULL,
    content_hash      CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_oversight_rectification_result UNIQUE (result_id),
    CONSTRAINT fk_oversight_rectification_result FOREIGN KEY (result_id) REFERENCES oversight_result (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO staff_role_permission (role_code, permission) VALUES
    ('PUBLISHER', 'oversight:publish');
