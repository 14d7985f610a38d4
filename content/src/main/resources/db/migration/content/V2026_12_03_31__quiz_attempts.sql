-- Attempts at a lesson's quiz, held on the server: the questions drawn for the attempt, the options in
-- the order shown, each with an opaque id made for this attempt alone (the browser sees only these ids
-- and the texts, never which option is right), what was chosen, and the grade once submitted.
-- taker_key says whose attempt it is for the attempt limit (a visitor's browser session, a participant).

CREATE TABLE quiz_attempt (
    id                  INT           NOT NULL AUTO_INCREMENT,
    attempt_key         CHAR(32)      NOT NULL,
    lesson_id           INT           NOT NULL,
    taker_key           VARCHAR(64)   NOT NULL,
    question_count      INT           NOT NULL,
    time_limit_seconds  INT,
    attempt_limit       INT           NOT NULL,
    feedback            VARCHAR(16)   NOT NULL,
    pass_mark           INT           NOT NULL,
    started_at          DATETIME(6)   NOT NULL,
    deadline            DATETIME(6),
    submitted_at        DATETIME(6),
    score               INT,
    passed              BOOLEAN,
    PRIMARY KEY (id),
    CONSTRAINT uk_quiz_attempt_key UNIQUE (attempt_key),
    CONSTRAINT fk_quiz_attempt_lesson FOREIGN KEY (lesson_id) REFERENCES education_lesson (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_quiz_attempt_taker ON quiz_attempt (lesson_id, taker_key);

-- question_position is the question's position in the lesson's published bank.
CREATE TABLE quiz_attempt_item (
    attempt_id          INT           NOT NULL,
    position            INT           NOT NULL,
    question_position   INT           NOT NULL,
    answered_at         DATETIME(6),
    correct             BOOLEAN,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT fk_quiz_item_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- option_position is the option's position in the published question; shown_position its place on the paper.
CREATE TABLE quiz_attempt_choice (
    attempt_id          INT           NOT NULL,
    item_position       INT           NOT NULL,
    shown_position      INT           NOT NULL,
    option_key          CHAR(12)      NOT NULL,
    option_position     INT           NOT NULL,
    chosen              BOOLEAN       NOT NULL,
    PRIMARY KEY (attempt_id, item_position, shown_position),
    CONSTRAINT uk_quiz_choice_key UNIQUE (attempt_id, option_key),
    CONSTRAINT fk_quiz_choice_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
