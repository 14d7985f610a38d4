-- Lessons drafted by education staff and published by a second person (issue 13, item 1). A published
-- lesson is now one edition of its code: a new edition is a new row (with its own bank and its own ledger
-- entry, subject lesson:<id>), so what was published before stays as it was, and the public reads the
-- newest edition of each code. The seed lessons published so far are edition 1.

ALTER TABLE education_lesson ADD COLUMN edition INT NOT NULL DEFAULT 1;
ALTER TABLE education_lesson DROP CONSTRAINT uk_education_lesson_code;
ALTER TABLE education_lesson ADD CONSTRAINT uk_education_lesson_edition UNIQUE (code, edition);

-- A draft holds what its editor typed, checked only when it is submitted and again when it is published:
-- the bank is kept as the text an editor writes (the format of seed/education/questions/*.txt).
-- based_on_id: the published edition this draft revises (null for a new lesson). status: DRAFT (being
-- written, or returned with return_reason), SUBMITTED, PUBLISHED (lesson_id: the edition it became).
CREATE TABLE education_lesson_draft (
    id             INT            NOT NULL AUTO_INCREMENT,
    code           VARCHAR(64)    NOT NULL,
    based_on_id    INT,
    title_zh       VARCHAR(200)   NOT NULL,
    title_en       VARCHAR(200)   NOT NULL,
    summary_zh     VARCHAR(1000)  NOT NULL,
    summary_en     VARCHAR(1000)  NOT NULL,
    audiences      VARCHAR(200)   NOT NULL,
    topics         VARCHAR(400)   NOT NULL,
    minutes        INT            NOT NULL,
    body_zh        MEDIUMTEXT     NOT NULL,
    body_en        MEDIUMTEXT,
    bank           MEDIUMTEXT     NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    drafted_by     VARCHAR(64)    NOT NULL,
    drafted_at     DATETIME(6)    NOT NULL,
    submitted_by   VARCHAR(64),
    submitted_at   DATETIME(6),
    returned_by    VARCHAR(64),
    return_reason  VARCHAR(1000),
    lesson_id      INT,
    PRIMARY KEY (id),
    CONSTRAINT fk_lesson_draft_based_on FOREIGN KEY (based_on_id) REFERENCES education_lesson (id),
    CONSTRAINT fk_lesson_draft_lesson FOREIGN KEY (lesson_id) REFERENCES education_lesson (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_lesson_draft_code ON education_lesson_draft (code);

-- Everyone who changed a draft in any way (started, saved, submitted): none of them may publish it.
CREATE TABLE education_lesson_draft_contributor (
    draft_id   INT          NOT NULL,
    username   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (draft_id, username),
    CONSTRAINT fk_lesson_draft_contributor FOREIGN KEY (draft_id) REFERENCES education_lesson_draft (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO staff_role (code, scope, sort_order) VALUES ('LESSON_EDITOR', 'NONE', 55);

INSERT INTO staff_role_permission (role_code, permission) VALUES
    ('LESSON_EDITOR', 'lessons:draft'),
    ('LESSON_EDITOR', 'lessons:publish'),
    ('LESSON_EDITOR', 'admin:enter');
