-- The day an inspection result became public is the day the portal published it (published_at, the
-- ledger's time). publication_date now holds only what the department states about an earlier
-- publication elsewhere, which it may not have: the column may be empty. Its name stays, so that the
-- ledger entries already made over it still verify.

ALTER TABLE inspection_record MODIFY publication_date DATE NULL;
