-- Reports of possible trafficking, from the public (/lapor) or taken by an officer (hotline SAPA 129, walk-in,
-- police, agency referral, media). The tracking code itself is never stored: only its SHA-256 hash, so a copy of
-- the database does not let anyone read the status of other people's reports.
-- The reporter's phone is stored in plain text (the cases module's field encryption is not available to intake
-- yet); it is never logged, never shown on public pages, and only to officers in scope.
CREATE SCHEMA IF NOT EXISTS intake;

CREATE TABLE intake.report (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tracking_hash        bytea       NOT NULL UNIQUE,
    channel              varchar(20) NOT NULL CHECK (channel IN ('PUBLIC_WEB', 'HOTLINE_SAPA129', 'WALK_IN', 'POLICE',
                             'AGENCY_REFERRAL', 'MEDIA')),
    reporter_type        varchar(20) NOT NULL CHECK (reporter_type IN ('VICTIM', 'FAMILY', 'NEIGHBOUR', 'NGO',
                             'MIGRANT_WORKER', 'OFFICIAL', 'OTHER', 'ANONYMOUS')),
    region_code          varchar(13) REFERENCES region.admin_region (code),
    country_iso2         char(2),
    place                text CHECK (place IS NULL OR length(place) <= 300),
    person_name          text CHECK (person_name IS NULL OR length(person_name) <= 200),
    person_age           smallint CHECK (person_age IS NULL OR person_age BETWEEN 0 AND 120),
    person_sex           varchar(10) NOT NULL CHECK (person_sex IN ('FEMALE', 'MALE', 'UNKNOWN')),
    quick_choices        text[]      NOT NULL DEFAULT '{}',
    description          text        NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
    reporter_name        text CHECK (reporter_name IS NULL OR length(reporter_name) <= 200),
    reporter_phone       varchar(40),
    consent_to_contact   boolean     NOT NULL,
    immediate_danger     boolean     NOT NULL,
    child_involved       boolean     NOT NULL,
    abroad               boolean     NOT NULL,
    urgency              smallint    NOT NULL,
    status               varchar(12) NOT NULL CHECK (status IN ('RECEIVED', 'IN_TRIAGE', 'HANDLED', 'FORWARDED', 'CLOSED')),
    decision_reason      text CHECK (decision_reason IS NULL OR length(decision_reason) <= 1000),
    case_id              bigint,
    forwarded_region     varchar(13) REFERENCES region.admin_region (code),
    forwarded_agency_id  bigint,
    assigned_agency_id   bigint,
    received_by          bigint,
    received_at          timestamptz NOT NULL,
    status_changed_at    timestamptz NOT NULL,
    version              integer     NOT NULL DEFAULT 0,
    CONSTRAINT report_place_ck CHECK (region_code IS NOT NULL OR country_iso2 IS NOT NULL)
);

CREATE INDEX report_region_idx ON intake.report (region_code text_pattern_ops);
CREATE INDEX report_queue_idx ON intake.report (status, urgency DESC, received_at);
