-- Public campaign figures (issue 13, item 3): an educator or education staff member publishes a snapshot of one
-- campaign's participation through the ledger; the public reads the newest snapshot of each campaign. Only the
-- aggregated cells are kept, already suppressed: a cell of fewer than 5 participants holds no count and no rate.
CREATE TABLE education_campaign_figures (
    id              INT           NOT NULL AUTO_INCREMENT,
    campaign_code   VARCHAR(48)   NOT NULL,
    starts_on       DATE          NOT NULL,
    ends_on         DATE          NOT NULL,
    published_by    VARCHAR(64)   NOT NULL,
    published_at    DATETIME(6)   NOT NULL,
    content_hash    CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_campaign_figures_moment UNIQUE (campaign_code, starts_on, published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- dimension: TOTAL (key ALL), COUNTY (key: the area code) or AUDIENCE (key: one of the five 进).
-- participants and pass_rate are null when suppressed; pass_rate is also null when fewer than 5 submitted.
CREATE TABLE education_campaign_figure_cell (
    figures_id      INT           NOT NULL,
    dimension       VARCHAR(16)   NOT NULL,
    cell_key        VARCHAR(48)   NOT NULL,
    position        INT           NOT NULL,
    sessions        INT           NOT NULL,
    participants    INT,
    pass_rate       INT,
    PRIMARY KEY (figures_id, dimension, cell_key),
    CONSTRAINT fk_campaign_figure_cell_figures FOREIGN KEY (figures_id) REFERENCES education_campaign_figures (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
