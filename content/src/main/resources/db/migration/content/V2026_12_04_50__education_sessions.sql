-- Sessions for groups (issue 13, item 3). A school or community that runs sessions is registered by an
-- administrator (kind: one of the five 进 audiences; county: where it is, for the public figures). Educators
-- are staff accounts holding SESSION_HOST (city-wide in staff_role terms) and linked to the organisations they
-- act for here: every action on a session checks both the permission and this link.

CREATE TABLE education_organisation (
    id              INT           NOT NULL AUTO_INCREMENT,
    name            VARCHAR(100)  NOT NULL,
    audience_code   VARCHAR(32)   NOT NULL,
    area_id         INT           NOT NULL,
    registered_by   VARCHAR(64)   NOT NULL,
    registered_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_education_organisation_name UNIQUE (name),
    CONSTRAINT fk_education_organisation_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE education_organisation_educator (
    organisation_id INT           NOT NULL,
    user_id         INT           NOT NULL,
    PRIMARY KEY (organisation_id, user_id),
    CONSTRAINT fk_education_educator_organisation FOREIGN KEY (organisation_id) REFERENCES education_organisation (id),
    CONSTRAINT fk_education_educator_user FOREIGN KEY (user_id) REFERENCES staff_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- join_code: 8 characters without look-alikes, the last a check character (JoinCode).
CREATE TABLE education_session (
    id              INT           NOT NULL AUTO_INCREMENT,
    join_code       CHAR(8)       NOT NULL,
    organisation_id INT           NOT NULL,
    lesson_id       INT           NOT NULL,
    audience_code   VARCHAR(32)   NOT NULL,
    question_count  INT           NOT NULL,
    opens_at        DATETIME(6)   NOT NULL,
    closes_at       DATETIME(6)   NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_education_session_code UNIQUE (join_code),
    CONSTRAINT fk_education_session_organisation FOREIGN KEY (organisation_id) REFERENCES education_organisation (id),
    CONSTRAINT fk_education_session_lesson FOREIGN KEY (lesson_id) REFERENCES education_lesson (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A participant is a display name (never shown publicly) and the quiz attempt they take: a session's attempt
-- is an ordinary quiz attempt, graded by the same engine.
CREATE TABLE education_session_participant (
    attempt_id      INT           NOT NULL,
    session_id      INT           NOT NULL,
    display_name    VARCHAR(40)   NOT NULL,
    joined_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (attempt_id),
    CONSTRAINT fk_session_participant_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
    CONSTRAINT fk_session_participant_session FOREIGN KEY (session_id) REFERENCES education_session (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_session_participant_session ON education_session_participant (session_id);

INSERT INTO staff_role (code, scope, sort_order) VALUES ('SESSION_HOST', 'NONE', 60);

INSERT INTO staff_role_permission (role_code, permission) VALUES
    ('SESSION_HOST', 'sessions:run'),
    ('SESSION_HOST', 'admin:enter');
