-- Rewards to real-name reporters whose report led to an administrative penalty (安监总财〔2018〕19号
-- 《安全生产领域举报奖励办法》). One reward per case: only the case's own reporter is rewarded, never a
-- supporter or the reporter of a duplicate. The rule that computed the amount (kind, effective date,
-- percentage, bounds) is copied into the row, so a later rule never changes a reward already recorded.
-- Amounts are in fen (1/100 yuan). Nothing here is public: the amount and the case would identify the reporter.

CREATE TABLE reward_stage (
    code        VARCHAR(16)  NOT NULL,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Which action moves a reward from which stage to which; four_eyes: not by the one who recorded it;
-- needs_date: the action carries a date (the day it was paid).
CREATE TABLE reward_transition (
    action      VARCHAR(16)  NOT NULL,
    from_stage  VARCHAR(16)  NOT NULL,
    to_stage    VARCHAR(16)  NOT NULL,
    four_eyes   BOOLEAN      NOT NULL,
    needs_date  BOOLEAN      NOT NULL,
    PRIMARY KEY (action, from_stage),
    CONSTRAINT fk_reward_transition_from FOREIGN KEY (from_stage) REFERENCES reward_stage (code),
    CONSTRAINT fk_reward_transition_to FOREIGN KEY (to_stage) REFERENCES reward_stage (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO reward_stage (code, sort_order) VALUES
    ('RECORDED', 10),
    ('APPROVED', 20),
    ('PAID', 30);

INSERT INTO reward_transition (action, from_stage, to_stage, four_eyes, needs_date) VALUES
    ('APPROVE', 'RECORDED', 'APPROVED', TRUE, FALSE),
    ('PAY', 'APPROVED', 'PAID', FALSE, TRUE);

CREATE TABLE case_reward (
    report_id       INT            NOT NULL,
    stage           VARCHAR(16)    NOT NULL,
    decision_no     VARCHAR(100)   NOT NULL,
    fine_fen        BIGINT         NOT NULL,
    penalty_date    DATE           NOT NULL,
    rule_kind       VARCHAR(32)    NOT NULL,
    rule_effective  DATE           NOT NULL,
    rule_percent    DECIMAL(7,4)   NOT NULL,
    rule_min_fen    BIGINT         NOT NULL,
    rule_max_fen    BIGINT         NOT NULL,
    reward_fen      BIGINT         NOT NULL,
    recorded_by     VARCHAR(64)    NOT NULL,
    recorded_at     DATETIME(6)    NOT NULL,
    approved_by     VARCHAR(64),
    approved_at     DATETIME(6),
    paid_by         VARCHAR(64),
    paid_on         DATE,
    paid_at         DATETIME(6),
    PRIMARY KEY (report_id),
    CONSTRAINT fk_case_reward_report FOREIGN KEY (report_id) REFERENCES hazard_report (id),
    CONSTRAINT fk_case_reward_stage FOREIGN KEY (stage) REFERENCES reward_stage (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
