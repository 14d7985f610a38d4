-- As for inspection results (V2026_12_02_10): the day a 巡查/考核/督查 result became public is the day the
-- portal published it (its ledger time). publication_date now holds only what the department states
-- about an earlier publication elsewhere, which the portal shows as a claim and never counts.
ALTER TABLE oversight_result MODIFY publication_date DATE NULL;
