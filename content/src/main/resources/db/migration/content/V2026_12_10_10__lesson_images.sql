-- Pictures that education staff upload for their lessons (issue 13, item 1). Each is kept once, by the SHA-256 of
-- the bytes the portal wrote (the sender's file is decoded and written anew, so no EXIF or GPS is kept), under a
-- name made of the hash's first 16 hex digits ("3f9a0c1b2d4e5f60.png") that a lesson's Markdown names as
-- images/<name>. A picture is public only while a published edition's body names it.
CREATE TABLE education_lesson_image (
    sha256       CHAR(64)      NOT NULL,
    name         VARCHAR(24)   NOT NULL,
    media_type   VARCHAR(16)   NOT NULL,
    width        INT           NOT NULL,
    height       INT           NOT NULL,
    image        MEDIUMBLOB    NOT NULL,
    uploaded_by  VARCHAR(64)   NOT NULL,
    uploaded_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (sha256),
    CONSTRAINT uk_education_lesson_image_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Which draft each picture was uploaded to: a draft takes a bounded number of them.
CREATE TABLE education_lesson_draft_image (
    draft_id      INT        NOT NULL,
    image_sha256  CHAR(64)   NOT NULL,
    PRIMARY KEY (draft_id, image_sha256),
    CONSTRAINT fk_lesson_draft_image_draft FOREIGN KEY (draft_id) REFERENCES education_lesson_draft (id),
    CONSTRAINT fk_lesson_draft_image_image FOREIGN KEY (image_sha256) REFERENCES education_lesson_image (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
