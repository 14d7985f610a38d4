-- Photos sent with a hazard report, stored with the report in its transaction. Only what the server
-- re-encoded is kept (a JPEG drawn from the decoded pixels, so no EXIF, GPS or other metadata
-- survives) and its thumbnail; the bytes the visitor sent are never stored. kind says when it was
-- taken: BEFORE (with the report) or AFTER (a handler's photo of the rectified place).
CREATE TABLE hazard_report_photo (
    id              INT            NOT NULL AUTO_INCREMENT,
    report_id       INT            NOT NULL,
    position        INT            NOT NULL,
    kind            VARCHAR(8)     NOT NULL,
    width           INT            NOT NULL,
    height          INT            NOT NULL,
    image           MEDIUMBLOB     NOT NULL,
    thumbnail       BLOB           NOT NULL,
    added_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_hazard_report_photo_position UNIQUE (report_id, position),
    CONSTRAINT fk_hazard_report_photo_report FOREIGN KEY (report_id) REFERENCES hazard_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
