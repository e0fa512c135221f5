-- Perpetrator networks: what investigators record about a suspect in a case besides the identifiers cases keeps
-- (phone, address): social-media accounts, bank accounts, recruitment companies (PT / P3MI) and vehicles. The value
-- is sealed (Tink AEAD through cases' SensitiveValues, bound to case, person and kind) and found by a keyed blind
-- index of its normalised form, so that two suspects sharing an account meet without any value in clear.
-- Case and person ids refer to cases' tables by value only (module boundary, no foreign key).
CREATE SCHEMA IF NOT EXISTS networks;

CREATE TABLE networks.suspect_attribute (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint      NOT NULL,
    person_id   bigint      NOT NULL,
    kind        varchar(20) NOT NULL CHECK (kind IN ('SOCIAL_MEDIA', 'BANK_ACCOUNT', 'COMPANY', 'VEHICLE')),
    ciphertext  bytea       NOT NULL,
    blind_index bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  bigint,
    CONSTRAINT suspect_attribute_uq UNIQUE (case_id, person_id, kind, blind_index)
);
CREATE INDEX suspect_attribute_key_idx ON networks.suspect_attribute (kind, blind_index);
CREATE INDEX suspect_attribute_person_idx ON networks.suspect_attribute (person_id, case_id);
