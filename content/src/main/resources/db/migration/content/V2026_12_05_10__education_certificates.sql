-- Certificates for a passed quiz of a group session (issue 13, item 4). What the certificate states is kept as
-- it was issued (name, lesson title, score, pass mark, date, organisation), so that verifying it later shows
-- exactly what was printed, whatever changes afterwards. One certificate per attempt.
-- code: 11 random characters without look-alikes and a check character (CertificateCode).
CREATE TABLE education_certificate (
    id                INT           NOT NULL AUTO_INCREMENT,
    code              CHAR(12)      NOT NULL,
    attempt_id        INT           NOT NULL,
    display_name      VARCHAR(40)   NOT NULL,
    lesson_id         INT           NOT NULL,
    lesson_title_zh   VARCHAR(200)  NOT NULL,
    lesson_title_en   VARCHAR(200)  NOT NULL,
    organisation_name VARCHAR(100),
    score             INT           NOT NULL,
    total             INT           NOT NULL,
    pass_mark         INT           NOT NULL,
    passed_on         DATE          NOT NULL,
    issued_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_education_certificate_code UNIQUE (code),
    CONSTRAINT uk_education_certificate_attempt UNIQUE (attempt_id),
    CONSTRAINT fk_education_certificate_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
    CONSTRAINT fk_education_certificate_lesson FOREIGN KEY (lesson_id) REFERENCES education_lesson (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
