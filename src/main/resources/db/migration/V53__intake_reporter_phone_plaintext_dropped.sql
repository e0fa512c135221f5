-- After V52 sealed every stored phone, the plain-text column goes (no copy of a phone in clear remains in the table).
ALTER TABLE intake.report DROP COLUMN reporter_phone;

ALTER TABLE intake.report
    ADD CONSTRAINT report_reporter_phone_ck CHECK ((reporter_phone_sealed IS NULL) = (reporter_phone_index IS NULL));
