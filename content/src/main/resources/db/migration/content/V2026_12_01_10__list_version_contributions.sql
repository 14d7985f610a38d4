-- Who changed a version's content and how: drafted it, saved its items, imported them, submitted it.
-- Four eyes: none of them may publish or return the version (ListPublishing), not only its drafter
-- and submitter. One row per change; kept apart from the audit log, which is written for people.

CREATE TABLE list_version_contribution (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version_id      INT           NOT NULL,
    username        VARCHAR(64)   NOT NULL,
    contribution    VARCHAR(16)   NOT NULL,
    contributed_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_list_version_contribution_version FOREIGN KEY (version_id) REFERENCES list_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_list_version_contribution_version ON list_version_contribution (version_id);

-- The versions that exist already: drafters and submitters from the versions themselves; editors
-- and importers from the audit log, which recorded every save in the transaction of the save.
INSERT INTO list_version_contribution (version_id, username, contribution, contributed_at)
SELECT id, drafted_by, 'DRAFTED', drafted_at FROM list_version;

INSERT INTO list_version_contribution (version_id, username, contribution, contributed_at)
SELECT id, submitted_by, 'SUBMITTED', submitted_at FROM list_version WHERE submitted_by IS NOT NULL;

INSERT INTO list_version_contribution (version_id, username, contribution, contributed_at)
SELECT v.id, a.actor, CASE WHEN a.action = 'list.itemsImported' THEN 'IMPORTED' ELSE 'EDITED' END, a.occurred_at
FROM audit_log a JOIN list_version v ON a.target = CONCAT('list-version:', v.id)
WHERE a.action IN ('list.itemsSaved', 'list.itemsImported');
