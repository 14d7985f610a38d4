-- Published results of enforcement inspections of enterprises (双随机抽查, 专项检查, 执法检查):
-- what the inspecting department found, the violations and the measures it decided, and how the
-- rectification stands. A record is published once and then never changed; its canonical content
-- is in the publication ledger. Dates are calendar dates; published_at is kept in whole seconds.

CREATE TABLE inspection_record (
    id                      INT            NOT NULL AUTO_INCREMENT,
    record_code             VARCHAR(64)    NOT NULL,
    kind                    VARCHAR(16)    NOT NULL,
    department_id           INT            NOT NULL,
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
    rectification_status    VARCHAR(16)    NOT NULL,
    decision_date           DATE           NOT NULL,
    publication_date        DATE           NOT NULL,
    published_by            VARCHAR(64)    NOT NULL,
    published_at            DATETIME(6)    NOT NULL,
    content_hash            CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_inspection_record_code UNIQUE (record_code),
    CONSTRAINT fk_inspection_record_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_inspection_record_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_inspection_record_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_inspection_record_credit_code ON inspection_record (credit_code);
CREATE INDEX idx_inspection_record_date ON inspection_record (inspection_date);
CREATE INDEX idx_inspection_record_area_date ON inspection_record (area_id, inspection_date);
