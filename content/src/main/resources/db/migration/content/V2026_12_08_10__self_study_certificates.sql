-- Certificates for the lesson page's self-study quiz too (issue 13, item 4). A self-study certificate has no
-- organisation, and the name printed on it is the one its holder typed when asking for it (not a session
-- participant's). What kind it is belongs to what it states: the PDF and the check page say "self-study", so
-- nobody takes it for a session held by a school or an enterprise. Certificates issued before were all a session's.
ALTER TABLE education_certificate ADD COLUMN self_study BOOLEAN NOT NULL DEFAULT FALSE;
