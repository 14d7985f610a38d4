-- One row per accepted report and per source it came from (the network address, the browser's device
-- mark), so that a flood from one source can be slowed down. The source is kept only as a keyed hash
-- under the reporting key, never as the address itself, and rows are forgotten after a day.
CREATE TABLE report_intake_mark (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    source      VARCHAR(64)   NOT NULL,
    received_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_report_intake_mark_source ON report_intake_mark (source, received_at);
CREATE INDEX idx_report_intake_mark_received ON report_intake_mark (received_at);
