-- 问题整改清单 and 追责问责清单 (the notice's item 9), published beside the 挂牌督办清单.
-- A problem found by a safety inspection or a special campaign is recorded once with its measures,
-- responsible unit and deadline, and may name the major hazard (挂牌督办 code), the inspection record
-- and the oversight result it came from; its completion (整改完成) is a second immutable row. An
-- accountability decision names a unit and a post (never a person), the measure, the deciding
-- authority and the day, for a problem and/or a major hazard. Every row is covered by an entry of the
-- publication ledger; "overdue" is computed, never stored. Times are kept in whole seconds.

CREATE TABLE rectification_problem (
    id                INT            NOT NULL AUTO_INCREMENT,
    problem_code      VARCHAR(64)    NOT NULL,
    department_id     INT            NOT NULL,
    source            VARCHAR(32)    NOT NULL,
    campaign          VARCHAR(200)   NOT NULL,
    inspected_party   VARCHAR(200)   NOT NULL,
    area_id           INT            NOT NULL,
    description       TEXT           NOT NULL,
    measures          TEXT           NOT NULL,
    responsible_unit  VARCHAR(200)   NOT NULL,
    found_date        DATE           NOT NULL,
    deadline          DATE           NOT NULL,
    hazard_code       VARCHAR(64),
    inspection_code   VARCHAR(64),
    oversight_code    VARCHAR(64),
    recorded_by       VARCHAR(64)    NOT NULL,
    recorded_at       DATETIME(6)    NOT NULL,
    content_hash      CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_rectification_problem_code UNIQUE (problem_code),
    CONSTRAINT fk_rectification_problem_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_rectification_problem_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_rectification_problem_hazard FOREIGN KEY (hazard_code) REFERENCES major_hazard (register_code),
    CONSTRAINT fk_rectification_problem_inspection FOREIGN KEY (inspection_code) REFERENCES inspection_record (record_code),
    CONSTRAINT fk_rectification_problem_oversight FOREIGN KEY (oversight_code) REFERENCES oversight_result (result_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_rectification_problem_found ON rectification_problem (found_date);

CREATE TABLE rectification_completion (
    id            INT            NOT NULL AUTO_INCREMENT,
    problem_id    INT            NOT NULL,
    completed_on  DATE           NOT NULL,
    note          TEXT           NOT NULL,
    recorded_by   VARCHAR(64)    NOT NULL,
    recorded_at   DATETIME(6)    NOT NULL,
    content_hash  CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_rectification_completion_problem UNIQUE (problem_id),
    CONSTRAINT fk_rectification_completion_problem FOREIGN KEY (problem_id) REFERENCES rectification_problem (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE accountability_decision (
    id              INT            NOT NULL AUTO_INCREMENT,
    decision_code   VARCHAR(64)    NOT NULL,
    department_id   INT            NOT NULL,
    held_unit       VARCHAR(200)   NOT NULL,
    held_post       VARCHAR(100)   NOT NULL,
    measure         VARCHAR(40)    NOT NULL,
    reason          TEXT           NOT NULL,
    decided_by      VARCHAR(200)   NOT NULL,
    decision_date   DATE           NOT NULL,
    problem_code    VARCHAR(64),
    hazard_code     VARCHAR(64),
    recorded_by     VARCHAR(64)    NOT NULL,
    recorded_at     DATETIME(6)    NOT NULL,
    content_hash    CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_accountability_decision_code UNIQUE (decision_code),
    CONSTRAINT fk_accountability_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_accountability_problem FOREIGN KEY (problem_code) REFERENCES rectification_problem (problem_code),
    CONSTRAINT fk_accountability_hazard FOREIGN KEY (hazard_code) REFERENCES major_hazard (register_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_accountability_decision_date ON accountability_decision (decision_date);
