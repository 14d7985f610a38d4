-- Areas (the city and its county-level areas), the kinds of department with safety duties,
-- the departments themselves at city and county level, and the sectors each kind supervises
-- (管行业必须管安全). Reference rows are loaded from seed files by code, never by id.

CREATE TABLE area (
    id          INT          NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_area_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE department_type (
    code            VARCHAR(32)  NOT NULL,
    city_name_zh    VARCHAR(100) NOT NULL,
    city_name_en    VARCHAR(200) NOT NULL,
    county_name_zh  VARCHAR(100),
    county_name_en  VARCHAR(200),
    sort_order      INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE department (
    id          INT          NOT NULL AUTO_INCREMENT,
    code        VARCHAR(64)  NOT NULL,
    type_code   VARCHAR(32)  NOT NULL,
    area_id     INT          NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(300) NOT NULL,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_department_code UNIQUE (code),
    CONSTRAINT uk_department_type_area UNIQUE (type_code, area_id),
    CONSTRAINT fk_department_type FOREIGN KEY (type_code) REFERENCES department_type (code),
    CONSTRAINT fk_department_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE sector (
    id                    INT          NOT NULL AUTO_INCREMENT,
    code                  VARCHAR(32)  NOT NULL,
    kind                  VARCHAR(16)  NOT NULL,
    name_zh               VARCHAR(100) NOT NULL,
    name_en               VARCHAR(200) NOT NULL,
    supervisor_type_code  VARCHAR(32)  NOT NULL,
    sort_order            INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sector_code UNIQUE (code),
    CONSTRAINT fk_sector_supervisor FOREIGN KEY (supervisor_type_code) REFERENCES department_type (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
