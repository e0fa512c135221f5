-- Bulk imports of agency spreadsheets (reports, cases, persons). An import is uploaded, parsed and checked (every
-- problem stored for the preview), then committed all-or-nothing in one transaction. The uploaded file is kept only
-- until the commit (it holds personal data) and is deleted with it. The state lives here so that an import left in
-- COMMITTING by a crash goes back to READY at the next start.
CREATE SCHEMA IF NOT EXISTS imports;

CREATE TABLE imports.import_job (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id        bigint       NOT NULL,
    uploaded_by      bigint       NOT NULL,
    scope_region     varchar(13),
    national_scope   boolean      NOT NULL,
    file_name        text         NOT NULL CHECK (length(file_name) <= 255),
    file_hash        char(64)     NOT NULL,
    format           varchar(4)   NOT NULL CHECK (format IN ('XLSX', 'CSV')),
    status           varchar(12)  NOT NULL CHECK (status IN ('INVALID', 'READY', 'COMMITTING', 'COMMITTED')),
    row_count        integer      NOT NULL DEFAULT 0,
    case_count       integer      NOT NULL DEFAULT 0,
    problem_count    integer      NOT NULL DEFAULT 0,
    cases_created    integer      NOT NULL DEFAULT 0,
    persons_created  integer      NOT NULL DEFAULT 0,
    rows_skipped     integer      NOT NULL DEFAULT 0,
    last_error       varchar(100),
    content          bytea,
    uploaded_at      timestamptz  NOT NULL,
    committed_at     timestamptz,
    version          integer      NOT NULL DEFAULT 0
);
CREATE INDEX import_job_agency ON imports.import_job (agency_id, uploaded_at DESC);
CREATE INDEX import_job_committing ON imports.import_job (status) WHERE status = 'COMMITTING';

CREATE TABLE imports.import_problem (
    import_id   bigint       NOT NULL REFERENCES imports.import_job (id) ON DELETE CASCADE,
    seq         integer      NOT NULL,
    row_no      integer      NOT NULL,
    column_key  varchar(40),
    cell        varchar(12),
    value       text CHECK (value IS NULL OR length(value) <= 120),
    code        varchar(100) NOT NULL,
    args        text[]       NOT NULL DEFAULT '{}',
    PRIMARY KEY (import_id, seq)
);

-- The stable key of every imported row (agency + SHA-256 of the row's normalised content): a row already imported
-- by the agency is skipped, so the same file imported twice creates nothing new.
CREATE TABLE imports.imported_row (
    agency_id   bigint      NOT NULL,
    row_hash    char(64)    NOT NULL,
    import_id   bigint      NOT NULL REFERENCES imports.import_job (id),
    person_id   bigint      NOT NULL,
    PRIMARY KEY (agency_id, row_hash)
);

-- The agency's own case key (the spreadsheet's case key column) → the case it created, so later files add to it.
CREATE TABLE imports.imported_case (
    agency_id   bigint       NOT NULL,
    case_key    varchar(100) NOT NULL,
    case_id     bigint       NOT NULL,
    import_id   bigint       NOT NULL REFERENCES imports.import_job (id),
    PRIMARY KEY (agency_id, case_key)
);
