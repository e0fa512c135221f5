-- Action plans (RAN PP-TPPO nationally, RAD in provinces and regencies/cities) with their clusters (sub-task
-- forces), programmes, activities, indicators, yearly targets and budgets; quarterly progress reports with evidence;
-- the editable texts of the annual report. Agency and task force ids belong to the organization module and are kept
-- as plain ids (no foreign keys across modules).
CREATE SCHEMA IF NOT EXISTS plans;

CREATE TABLE plans.action_plan (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    level           varchar(10)  NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCE', 'REGENCY')),
    region_code     varchar(13)  REFERENCES region.admin_region (code),
    task_force_id   bigint,
    title           text         NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    start_year      integer      NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    end_year        integer      NOT NULL CHECK (end_year BETWEEN 2000 AND 2100),
    legal_basis     text         CHECK (legal_basis IS NULL OR length(legal_basis) <= 500),
    created_by      bigint,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         integer      NOT NULL DEFAULT 0,
    CHECK (end_year >= start_year AND end_year - start_year < 10),
    CHECK ((level = 'NATIONAL') = (region_code IS NULL))
);
CREATE INDEX action_plan_region_idx ON plans.action_plan (region_code text_pattern_ops);

-- A cluster: the part of the plan carried by one sub-task force (prevention, rehabilitation, law enforcement…).
CREATE TABLE plans.plan_cluster (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id     bigint  NOT NULL REFERENCES plans.action_plan (id) ON DELETE CASCADE,
    name        text    NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    position    integer NOT NULL DEFAULT 0,
    version     integer NOT NULL DEFAULT 0
);
CREATE INDEX plan_cluster_plan_idx ON plans.plan_cluster (plan_id);

CREATE TABLE plans.plan_programme (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cluster_id  bigint  NOT NULL REFERENCES plans.plan_cluster (id) ON DELETE CASCADE,
    name        text    NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    version     integer NOT NULL DEFAULT 0
);
CREATE INDEX plan_programme_cluster_idx ON plans.plan_programme (cluster_id);

CREATE TABLE plans.plan_activity (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme_id  bigint  NOT NULL REFERENCES plans.plan_programme (id) ON DELETE CASCADE,
    name          text    NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    version       integer NOT NULL DEFAULT 0
);
CREATE INDEX plan_activity_programme_idx ON plans.plan_activity (programme_id);

-- Budget of an activity per year and source: allocated (pagu) and realised (realisasi), in rupiah.
CREATE TABLE plans.activity_budget (
    activity_id  bigint         NOT NULL REFERENCES plans.plan_activity (id) ON DELETE CASCADE,
    year         integer        NOT NULL,
    source       varchar(10)    NOT NULL CHECK (source IN ('APBN', 'APBD', 'OTHER')),
    allocated    numeric(18, 2) NOT NULL CHECK (allocated >= 0),
    realised     numeric(18, 2) NOT NULL DEFAULT 0 CHECK (realised >= 0),
    PRIMARY KEY (activity_id, year, source)
);

-- An indicator: typed in by quarterly reports, or computed from Sigap's own data (source_key names an
-- id.sigap.plans.IndicatorSource). accumulation SUM adds the quarters of a year; LATEST takes the last quarter.
CREATE TABLE plans.plan_indicator (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    activity_id            bigint         NOT NULL REFERENCES plans.plan_activity (id) ON DELETE CASCADE,
    plan_id                bigint         NOT NULL REFERENCES plans.action_plan (id) ON DELETE CASCADE,
    name                   text           NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    unit                   text           NOT NULL CHECK (length(unit) BETWEEN 1 AND 60),
    baseline               numeric(18, 2),
    responsible_agency_id  bigint         NOT NULL,
    region_code            varchar(13)    REFERENCES region.admin_region (code),
    accumulation           varchar(10)    NOT NULL DEFAULT 'SUM' CHECK (accumulation IN ('SUM', 'LATEST')),
    source_key             varchar(60),
    version                integer        NOT NULL DEFAULT 0
);
CREATE INDEX plan_indicator_activity_idx ON plans.plan_indicator (activity_id);
CREATE INDEX plan_indicator_plan_idx ON plans.plan_indicator (plan_id);
CREATE INDEX plan_indicator_agency_idx ON plans.plan_indicator (responsible_agency_id);

CREATE TABLE plans.indicator_target (
    indicator_id  bigint         NOT NULL REFERENCES plans.plan_indicator (id) ON DELETE CASCADE,
    year          integer        NOT NULL,
    target        numeric(18, 2) NOT NULL CHECK (target >= 0),
    PRIMARY KEY (indicator_id, year)
);

-- One quarter's progress of an indicator by its responsible agency. due_on = quarter end + the configured days
-- (sigap.plans.report-due-days, default 15); late when submitted after due_on.
CREATE TABLE plans.progress_report (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_id    bigint         NOT NULL REFERENCES plans.plan_indicator (id) ON DELETE CASCADE,
    year            integer        NOT NULL,
    quarter         integer        NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    value           numeric(18, 2) NOT NULL CHECK (value >= 0),
    narrative       text           CHECK (narrative IS NULL OR length(narrative) <= 4000),
    obstacles       text           CHECK (obstacles IS NULL OR length(obstacles) <= 4000),
    status          varchar(10)    NOT NULL CHECK (status IN ('SUBMITTED', 'REVIEWED', 'APPROVED', 'RETURNED')),
    return_reason   text           CHECK (return_reason IS NULL OR length(return_reason) BETWEEN 1 AND 1000),
    agency_id       bigint         NOT NULL,
    submitted_by    bigint,
    submitted_at    timestamptz    NOT NULL,
    due_on          date           NOT NULL,
    late            boolean        NOT NULL,
    reviewed_by     bigint,
    reviewed_at     timestamptz,
    decided_by      bigint,
    decided_at      timestamptz,
    version         integer        NOT NULL DEFAULT 0,
    UNIQUE (indicator_id, year, quarter),
    CONSTRAINT progress_return_ck CHECK ((status = 'RETURNED') = (return_reason IS NOT NULL))
);

CREATE TABLE plans.report_evidence (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id       bigint       NOT NULL REFERENCES plans.progress_report (id) ON DELETE CASCADE,
    file_name       text         NOT NULL,
    content_type    varchar(40)  NOT NULL,
    size_bytes      bigint       NOT NULL,
    sha256          varchar(64)  NOT NULL,
    content         bytea        NOT NULL,
    uploaded_by     bigint,
    uploaded_at     timestamptz  NOT NULL
);
CREATE INDEX report_evidence_report_idx ON plans.report_evidence (report_id);

-- Editable texts of the annual report (Laporan Tahunan) of a plan, kept per plan and year.
CREATE TABLE plans.report_section (
    plan_id     bigint      NOT NULL REFERENCES plans.action_plan (id) ON DELETE CASCADE,
    year        integer     NOT NULL,
    section     varchar(20) NOT NULL CHECK (section IN ('SUMMARY', 'OBSTACLES', 'INTERVENTIONS')),
    body        text        NOT NULL CHECK (length(body) <= 20000),
    updated_by  bigint,
    updated_at  timestamptz NOT NULL,
    version     integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, year, section)
);
