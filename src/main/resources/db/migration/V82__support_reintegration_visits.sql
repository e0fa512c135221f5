-- Reintegration follow-up visits after a victim's return (suggested at 3, 6 and 12 months after the last repatriation
-- leg arrived, or after a return date entered by hand). agency_id is who visits: the provider of the person's social
-- reintegration service, else the case's owning agency (plain ids, no foreign keys across modules). Findings are
-- coded; a visit is recorded with all of them.
CREATE TABLE support.reintegration_visit (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id             bigint        NOT NULL,
    person_id           bigint        NOT NULL,
    region_code         varchar(13)   NOT NULL REFERENCES region.admin_region (code),
    province_code       varchar(2)    NOT NULL,
    agency_id           bigint,
    months_after_return integer       NOT NULL CHECK (months_after_return BETWEEN 1 AND 60),
    returned_on         date          NOT NULL,
    due_on              date          NOT NULL,
    visited_on          date,
    living_situation    varchar(20)   CHECK (living_situation IS NULL OR living_situation IN ('WITH_FAMILY',
                            'WITH_RELATIVES', 'INDEPENDENT', 'SHELTER', 'MIGRATED_AGAIN', 'UNKNOWN')),
    livelihood          varchar(20)   CHECK (livelihood IS NULL OR livelihood IN ('EMPLOYED', 'SELF_EMPLOYED',
                            'IN_TRAINING', 'IN_SCHOOL', 'SUPPORTED_BY_FAMILY', 'NO_INCOME')),
    risk                varchar(10)   CHECK (risk IS NULL OR risk IN ('LOW', 'MEDIUM', 'HIGH')),
    notes               text          CHECK (notes IS NULL OR length(notes) <= 4000),
    recorded_by         bigint,
    recorded_by_name    text,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             integer       NOT NULL DEFAULT 0,
    CONSTRAINT reintegration_visit_uq UNIQUE (case_id, person_id, months_after_return),
    CONSTRAINT reintegration_visit_findings_ck CHECK (visited_on IS NULL
        OR (living_situation IS NOT NULL AND livelihood IS NOT NULL AND risk IS NOT NULL))
);
CREATE INDEX reintegration_visit_agency_open_idx ON support.reintegration_visit (agency_id, due_on)
    WHERE visited_on IS NULL;
CREATE INDEX reintegration_visit_open_idx ON support.reintegration_visit (due_on, region_code text_pattern_ops)
    WHERE visited_on IS NULL;
