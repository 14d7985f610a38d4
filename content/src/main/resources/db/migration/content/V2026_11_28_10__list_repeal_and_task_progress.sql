-- Repeals of lists in force. A publisher of the department asks for the repeal (REQUESTED); a
-- reviewer who did not ask publishes it (PUBLISHED) or declines it (DECLINED). A published repeal is
-- never changed again: its canonical content is in the publication ledger as list-repeal:<id>.
-- request_key is a random key to read the generated id back (no INSERT ... RETURNING on MariaDB).
CREATE TABLE list_repeal (
    id              INT            NOT NULL AUTO_INCREMENT,
    request_key     CHAR(36)       NOT NULL,
    version_id      INT            NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    repealed_on     DATE           NOT NULL,
    reason          VARCHAR(1000)  NOT NULL,
    requested_by    VARCHAR(64)    NOT NULL,
    requested_at    DATETIME(6)    NOT NULL,
    reviewed_by     VARCHAR(64),
    reviewed_at     DATETIME(6),
    review_comment  VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT uk_list_repeal_key UNIQUE (request_key),
    CONSTRAINT fk_list_repeal_version FOREIGN KEY (version_id) REFERENCES list_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_list_repeal_version ON list_repeal (version_id);

-- Progress of the items of an annual key-task list in force (年度重点任务清单), one immutable row per
-- update, published at once and recorded in the ledger as task-progress:<id>. An item's current
-- status is its latest update.
CREATE TABLE list_task_progress (
    id              INT            NOT NULL AUTO_INCREMENT,
    update_key      CHAR(36)       NOT NULL,
    version_id      INT            NOT NULL,
    item_code       VARCHAR(64)    NOT NULL,
    task_status     VARCHAR(16)    NOT NULL,
    progress        TEXT           NOT NULL,
    reported_on     DATE           NOT NULL,
    published_by    VARCHAR(64)    NOT NULL,
    published_at    DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_list_task_progress_key UNIQUE (update_key),
    CONSTRAINT fk_list_task_progress_version FOREIGN KEY (version_id) REFERENCES list_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_list_task_progress_item ON list_task_progress (version_id, item_code);
