-- Open311 GeoReport v2 clients (issue 12, item 7): the organisations that run a reporting app and post
-- citizens' reports through /open311/v2/requests with an api_key issued by an administrator. Only the key's
-- SHA-256 is kept (the key is shown once when issued); a revoked key is kept so its reports stay attributed.
CREATE TABLE open311_api_key (
    id          INT           NOT NULL AUTO_INCREMENT,
    client_name VARCHAR(100)  NOT NULL,
    key_hash    CHAR(64)      NOT NULL,
    key_hint    CHAR(4)       NOT NULL,
    issued_by   VARCHAR(64)   NOT NULL,
    issued_at   DATETIME(6)   NOT NULL,
    revoked_by  VARCHAR(64),
    revoked_at  DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_open311_api_key_hash UNIQUE (key_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Each report posted through Open311, with the token the standard lets a client look its request up by
-- (GET tokens/{token}); committed with the report itself.
CREATE TABLE open311_submission (
    token        CHAR(24)     NOT NULL,
    report_id    INT          NOT NULL,
    api_key_id   INT          NOT NULL,
    submitted_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (token),
    CONSTRAINT uk_open311_submission_report UNIQUE (report_id),
    CONSTRAINT fk_open311_submission_report FOREIGN KEY (report_id) REFERENCES hazard_report (id),
    CONSTRAINT fk_open311_submission_key FOREIGN KEY (api_key_id) REFERENCES open311_api_key (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
