-- 销号 after acceptance needs the signature of 政府分管领导 or 部门主要领导 (the notice's item 9): the
-- sign-off states the signer's role. Earlier closings have none (NULL) and keep their published content.
ALTER TABLE major_hazard_event ADD COLUMN signer_role VARCHAR(40);
