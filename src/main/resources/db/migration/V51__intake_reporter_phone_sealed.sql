-- The reporter's phone is encrypted at rest like persons' identifiers (cases' SensitiveValues: Tink AEAD bound to
-- "intake.report:<id>:reporter-phone", plus a keyed blind index of the normalised number for exact matching).
-- V52 (Java, id.sigap.intake.internal.ReporterPhoneSealing) encrypts the phones already stored in plain text;
-- V53 then drops the plain-text column.
ALTER TABLE intake.report
    ADD COLUMN reporter_phone_sealed bytea,
    ADD COLUMN reporter_phone_index  bytea;

CREATE INDEX report_reporter_phone_idx ON intake.report (reporter_phone_index)
    WHERE reporter_phone_index IS NOT NULL;
