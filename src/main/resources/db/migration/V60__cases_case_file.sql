-- Case files (kasus). The handled-in region is a Kemendagri code; "cases under 53" is served by the
-- text_pattern_ops index. Case numbers are allocated from a counter row per (region prefix, year), locked by the
-- upsert, so concurrent opens never share a number.
CREATE SCHEMA IF NOT EXISTS cases;

CREATE TABLE cases.case_number_counter (
    prefix     varchar(20) NOT NULL,
    year       integer     NOT NULL,
    last_value integer     NOT NULL,
    PRIMARY KEY (prefix, year)
);

CREATE TABLE cases.case_file (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_number              varchar(40) NOT NULL,
    owning_agency_id         bigint      NOT NULL,
    region_code              varchar(13) NOT NULL REFERENCES region.admin_region (code),
    province_code            char(2)     NOT NULL,
    status                   varchar(20) NOT NULL CHECK (status IN ('OPEN', 'IN_HANDLING', 'CLOSED', 'REOPENED')),
    summary                  text        CHECK (summary IS NULL OR length(summary) <= 4000),
    child_involved           boolean     NOT NULL DEFAULT false,
    abroad                   boolean     NOT NULL DEFAULT false,
    opened_at                timestamptz NOT NULL,
    closed_at                timestamptz,
    close_reason             varchar(40),
    assigned_case_worker_id  bigint,
    version                  integer     NOT NULL DEFAULT 0,
    created_by               bigint,
    updated_at               timestamptz NOT NULL,
    CONSTRAINT case_file_number_uq UNIQUE (case_number),
    CONSTRAINT case_file_closed_ck CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND close_reason IS NOT NULL))
);
CREATE INDEX case_file_region_idx ON cases.case_file (region_code text_pattern_ops);
CREATE INDEX case_file_agency_idx ON cases.case_file (owning_agency_id);
CREATE INDEX case_file_opened_idx ON cases.case_file (opened_at DESC);
CREATE INDEX case_file_status_idx ON cases.case_file (status);

CREATE TABLE cases.case_report (
    case_id     bigint      NOT NULL REFERENCES cases.case_file (id),
    report_id   bigint      NOT NULL,
    attached_at timestamptz NOT NULL,
    attached_by bigint,
    PRIMARY KEY (case_id, report_id)
);
CREATE INDEX case_report_report_idx ON cases.case_report (report_id);

CREATE TABLE cases.case_note (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    bigint      NOT NULL REFERENCES cases.case_file (id),
    kind       varchar(20) NOT NULL CHECK (kind IN ('NOTE', 'STATUS')),
    body       text        NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    author_id  bigint,
    author_name text,
    created_at timestamptz NOT NULL
);
CREATE INDEX case_note_case_idx ON cases.case_note (case_id, created_at DESC);

-- Persons are registered once per registering agency and linked to cases in roles.
CREATE TABLE cases.person (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    registering_agency_id  bigint      NOT NULL,
    region_code            varchar(13) NOT NULL REFERENCES region.admin_region (code),
    full_name              text        NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    aliases                text        CHECK (aliases IS NULL OR length(aliases) <= 500),
    name_key               text        NOT NULL,
    alias_key              text,
    sex                    char(1)     CHECK (sex IN ('F', 'M')),
    birth_date             date,
    estimated_age          smallint    CHECK (estimated_age BETWEEN 0 AND 120),
    nationality            char(2),
    education              varchar(40),
    occupation             text        CHECK (occupation IS NULL OR length(occupation) <= 200),
    disability             text        CHECK (disability IS NULL OR length(disability) <= 200),
    version                integer     NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);
CREATE INDEX person_region_idx ON cases.person (region_code text_pattern_ops);
CREATE INDEX person_name_trgm_idx ON cases.person USING gin (name_key gin_trgm_ops);
CREATE INDEX person_alias_trgm_idx ON cases.person USING gin (alias_key gin_trgm_ops);

-- Identifiers are encrypted (Tink AEAD, bound to person and kind) and findable through a keyed blind index.
CREATE TABLE cases.person_identifier (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id   bigint      NOT NULL REFERENCES cases.person (id),
    kind        varchar(20) NOT NULL CHECK (kind IN ('NIK', 'PASSPORT', 'PHONE', 'ADDRESS')),
    ciphertext  bytea       NOT NULL,
    blind_index bytea,
    CONSTRAINT person_identifier_uq UNIQUE (person_id, kind)
);
CREATE INDEX person_identifier_blind_idx ON cases.person_identifier (kind, blind_index);

CREATE TABLE cases.case_person (
    case_id          bigint      NOT NULL REFERENCES cases.case_file (id),
    person_id        bigint      NOT NULL REFERENCES cases.person (id),
    role             varchar(20) NOT NULL CHECK (role IN ('VICTIM', 'WITNESS', 'REPORTER', 'SUSPECT')),
    role_in_process  varchar(30) CHECK (role_in_process IS NULL OR role = 'SUSPECT'),
    child            boolean     NOT NULL DEFAULT false,
    added_at         timestamptz NOT NULL,
    PRIMARY KEY (case_id, person_id, role)
);
CREATE INDEX case_person_person_idx ON cases.case_person (person_id);
