-- Repatriation as a chain of legs per person (mission abroad → debarkation point → province → regency → family), each
-- with the responsible agency, dates and status. Children travel with an escort (checked by the application).
CREATE TABLE support.repatriation_leg (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id                bigint        NOT NULL,
    person_id              bigint        NOT NULL,
    region_code            varchar(13)   NOT NULL REFERENCES region.admin_region (code),
    seq                    integer       NOT NULL CHECK (seq >= 1),
    from_place             text          NOT NULL CHECK (length(from_place) BETWEEN 1 AND 200),
    to_place               text          NOT NULL CHECK (length(to_place) BETWEEN 1 AND 200),
    to_region_code         varchar(13)   REFERENCES region.admin_region (code),
    responsible_agency_id  bigint        NOT NULL,
    planned_on             date,
    departed_on            date,
    arrived_on             date,
    status                 varchar(20)   NOT NULL CHECK (status IN ('PLANNED', 'IN_TRANSIT', 'DONE', 'CANCELLED')),
    escort_name            text          CHECK (escort_name IS NULL OR length(escort_name) BETWEEN 1 AND 200),
    recorded_by_name       text,
    updated_at             timestamptz   NOT NULL,
    version                integer       NOT NULL DEFAULT 0,
    CHECK (arrived_on IS NULL OR departed_on IS NULL OR arrived_on >= departed_on),
    CONSTRAINT repatriation_leg_seq_uq UNIQUE (case_id, person_id, seq)
);
CREATE INDEX repatriation_leg_agency_idx ON support.repatriation_leg (responsible_agency_id, status);
