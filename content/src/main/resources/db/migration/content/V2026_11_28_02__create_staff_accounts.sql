-- Staff accounts, roles with the scope each role is granted in, role permissions, and the audit
-- log of every administrative action. Citizens never have accounts: reports are anonymous or
-- followed with a tracking code.

CREATE TABLE staff_user (
    id              INT           NOT NULL AUTO_INCREMENT,
    username        VARCHAR(64)   NOT NULL,
    display_name    VARCHAR(100)  NOT NULL,
    password_hash   VARCHAR(255)  NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    failed_logins   INT           NOT NULL,
    locked_until    DATETIME(6),
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- scope: NONE (city-wide), DEPARTMENT (one department), DEPARTMENT_AREA (a department, optionally narrowed to a county)
CREATE TABLE staff_role (
    code        VARCHAR(32)  NOT NULL,
    scope       VARCHAR(16)  NOT NULL,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE staff_role_permission (
    role_code   VARCHAR(32)  NOT NULL,
    permission  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (role_code, permission),
    CONSTRAINT fk_role_permission_role FOREIGN KEY (role_code) REFERENCES staff_role (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE staff_role_grant (
    id              INT          NOT NULL AUTO_INCREMENT,
    user_id         INT          NOT NULL,
    role_code       VARCHAR(32)  NOT NULL,
    department_id   INT,
    area_id         INT,
    PRIMARY KEY (id),
    CONSTRAINT fk_role_grant_user FOREIGN KEY (user_id) REFERENCES staff_user (id),
    CONSTRAINT fk_role_grant_role FOREIGN KEY (role_code) REFERENCES staff_role (code),
    CONSTRAINT fk_role_grant_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_role_grant_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE audit_log (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)    NOT NULL,
    actor        VARCHAR(64)    NOT NULL,
    action       VARCHAR(64)    NOT NULL,
    target       VARCHAR(200)   NOT NULL,
    detail       VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_audit_log_occurred_at ON audit_log (occurred_at);

INSERT INTO staff_role (code, scope, sort_order) VALUES
    ('ADMINISTRATOR', 'NONE', 10),
    ('PUBLISHER', 'DEPARTMENT', 20),
    ('REVIEWER', 'DEPARTMENT', 30),
    ('CASE_HANDLER', 'DEPARTMENT_AREA', 40),
    ('EDUCATOR', 'NONE', 50);

INSERT INTO staff_role_permission (role_code, permission) VALUES
    ('ADMINISTRATOR', 'users:manage'),
    ('ADMINISTRATOR', 'audit:view'),
    ('ADMINISTRATOR', 'admin:enter'),
    ('PUBLISHER', 'lists:draft'),
    ('PUBLISHER', 'admin:enter'),
    ('REVIEWER', 'lists:review'),
    ('REVIEWER', 'admin:enter'),
    ('CASE_HANDLER', 'cases:handle'),
    ('CASE_HANDLER', 'admin:enter'),
    ('EDUCATOR', 'lessons:edit'),
    ('EDUCATOR', 'admin:enter');
