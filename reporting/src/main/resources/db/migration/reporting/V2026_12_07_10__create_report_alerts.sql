-- E-mail alerts to reporters (issue 12, item 4). A real-name reporter who left an email, on a portal
-- with an SMTP server configured, has a row in report_alert_recipient: the language the report was made
-- in and the site it was made on (for the tracking link). The address itself is never here: it stays
-- sealed in hazard_report_identity and is opened only by the sender, at the moment of sending.
CREATE TABLE report_alert_recipient (
    report_id   INT           NOT NULL,
    language    VARCHAR(16)   NOT NULL,
    site        VARCHAR(300)  NOT NULL,
    PRIMARY KEY (report_id),
    CONSTRAINT fk_report_alert_recipient_report FOREIGN KEY (report_id) REFERENCES hazard_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The outbox: one alert per public step of such a report, written in the step's transaction. A sender
-- claims a due row with a conditional UPDATE (claimed_by, claimed_until: a lease), sends it, and marks it
-- SENT; a failure counts the attempt, keeps the error (never the address) and sets the next attempt later.
CREATE TABLE report_alert (
    id              INT           NOT NULL AUTO_INCREMENT,
    report_id       INT           NOT NULL,
    event_id        INT           NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(64),
    claimed_until   DATETIME(6),
    last_error      VARCHAR(500),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_report_alert_event UNIQUE (event_id),
    CONSTRAINT fk_report_alert_report FOREIGN KEY (report_id) REFERENCES report_alert_recipient (report_id),
    CONSTRAINT fk_report_alert_event FOREIGN KEY (event_id) REFERENCES hazard_case_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_report_alert_due ON report_alert (status, next_attempt_at);
