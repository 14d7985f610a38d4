-- 进家庭 (issue 13, item 3): a session has a second link for families at home; whoever joins through it is
-- counted as a family apart from the group in the room. Participants who joined before this column existed
-- came through the group link.
ALTER TABLE education_session_participant ADD COLUMN family BOOLEAN NOT NULL DEFAULT FALSE;
