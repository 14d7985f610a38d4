-- 五进 safety-education lessons as published: the seed lessons written for the portal, each with its
-- bank of questions. A lesson, its questions and their options are one publication with one ledger
-- entry (subject lesson:<id>); they are written once and never changed. Audiences and topics are the
-- codes of the education reference data (seed/education/*.tsv), comma separated in the seed's order.

CREATE TABLE education_lesson (
    id            INT            NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)    NOT NULL,
    title_zh      VARCHAR(200)   NOT NULL,
    title_en      VARCHAR(200)   NOT NULL,
    summary_zh    VARCHAR(1000)  NOT NULL,
    summary_en    VARCHAR(1000)  NOT NULL,
    audiences     VARCHAR(200)   NOT NULL,
    topics        VARCHAR(400)   NOT NULL,
    minutes       INT            NOT NULL,
    body_zh       MEDIUMTEXT     NOT NULL,
    body_en       MEDIUMTEXT,
    published_by  VARCHAR(64)    NOT NULL,
    published_at  DATETIME(6)    NOT NULL,
    content_hash  CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_education_lesson_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- kind: SINGLE, MULTIPLE or TRUE_FALSE. English texts are null where the seed has none.
CREATE TABLE education_question (
    id              INT            NOT NULL AUTO_INCREMENT,
    lesson_id       INT            NOT NULL,
    position        INT            NOT NULL,
    kind            VARCHAR(16)    NOT NULL,
    category        VARCHAR(100)   NOT NULL,
    tags            VARCHAR(400)   NOT NULL,
    stem_zh         TEXT           NOT NULL,
    stem_en         TEXT,
    explanation_zh  TEXT           NOT NULL,
    explanation_en  TEXT,
    PRIMARY KEY (id),
    CONSTRAINT uk_education_question_position UNIQUE (lesson_id, position),
    CONSTRAINT fk_education_question_lesson FOREIGN KEY (lesson_id) REFERENCES education_lesson (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE education_question_option (
    id           INT             NOT NULL AUTO_INCREMENT,
    question_id  INT             NOT NULL,
    position     INT             NOT NULL,
    text_zh      VARCHAR(1000)   NOT NULL,
    text_en      VARCHAR(1000),
    correct      BOOLEAN         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_education_option_position UNIQUE (question_id, position),
    CONSTRAINT fk_education_option_question FOREIGN KEY (question_id) REFERENCES education_question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
