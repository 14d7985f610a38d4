-- A visitor's "this is the same": one support per case and device. The device is kept only as a keyed
-- hash under the reporting key, bound to the case, so that rows of two cases cannot be linked to one
-- browser. Each support is also a public step of the case (event_id), which the ledger records.
CREATE TABLE case_support (
    id              INT            NOT NULL AUTO_INCREMENT,
    report_id       INT            NOT NULL,
    device_mark     VARCHAR(64)    NOT NULL,
    event_id        INT            NOT NULL,
    supported_at    DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_support_device UNIQUE (report_id, device_mark),
    CONSTRAINT fk_case_support_report FOREIGN KEY (report_id) REFERENCES hazard_report (id),
    CONSTRAINT fk_case_support_event FOREIGN KEY (event_id) REFERENCES hazard_case_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
