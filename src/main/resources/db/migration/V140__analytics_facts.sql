-- Fact layer of the scoped dashboards (issue 7). Filled in the background from the cases and support modules' APIs
-- (ids and codes only, never names or identifiers in clear), refreshed incrementally by a watermark on their
-- updated_at, and by id for new rows (bulk loads write historic updated_at values). regency_code is the first two levels of the case's region (the province code for a case handled at
-- province level), so a user's scope is a prefix condition on it. The dashboards read only analytics.tally: one
-- count per (measure, value, year, regency), small enough to sum at national scope in a few milliseconds.
CREATE SCHEMA IF NOT EXISTS analytics;

CREATE TABLE analytics.refresh_state (
    feed          varchar(20) PRIMARY KEY,
    watermark     timestamptz NOT NULL,
    last_id       bigint      NOT NULL DEFAULT 0,
    refreshed_at  timestamptz
);

-- Who is who: one key per human being, from linkage clusters, else by the exact NIK blind index, else the record.
CREATE TABLE analytics.person_key (
    person_id   bigint PRIMARY KEY,
    nik_index   text,
    person_key  bigint NOT NULL
);
CREATE INDEX person_key_nik_idx ON analytics.person_key (nik_index) WHERE nik_index IS NOT NULL;
CREATE INDEX person_key_key_idx ON analytics.person_key (person_key);

CREATE TABLE analytics.case_fact (
    case_id        bigint PRIMARY KEY,
    region_code    varchar(13) NOT NULL,
    province_code  varchar(2)  NOT NULL,
    regency_code   varchar(13) NOT NULL,
    opened_on      date        NOT NULL,
    year           integer     NOT NULL,
    reports        integer     NOT NULL,
    late_entry     boolean     NOT NULL,
    missing_form   boolean     NOT NULL,
    missing_modus  boolean     NOT NULL
);

-- One row per victim person-record in a case; counted marks the one row per person key that counts the person
-- (the earliest case: the region and year where the person was first identified).
CREATE TABLE analytics.victim_fact (
    case_id          bigint      NOT NULL,
    person_id        bigint      NOT NULL,
    person_key       bigint      NOT NULL,
    regency_code     varchar(13) NOT NULL,
    province_code    varchar(2)  NOT NULL,
    opened_on        date        NOT NULL,
    year             integer     NOT NULL,
    sex              char(1),
    age_group        varchar(10) NOT NULL,
    nationality      varchar(2),
    origin_province  varchar(2),
    forms            text[]      NOT NULL,
    modus            text[]      NOT NULL,
    destination      varchar(2),
    stage            varchar(20) NOT NULL,
    counted          boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX victim_fact_key_idx ON analytics.victim_fact (person_key);
CREATE INDEX victim_fact_cell_idx ON analytics.victim_fact (year, regency_code) WHERE counted;

CREATE TABLE analytics.suspect_fact (
    case_id              bigint      NOT NULL,
    person_id            bigint      NOT NULL,
    regency_code         varchar(13) NOT NULL,
    year                 integer     NOT NULL,
    role_in_process      varchar(30),
    stage                varchar(20) NOT NULL,
    convicted            boolean     NOT NULL,
    prison_months        integer,
    restitution_ordered  numeric(18, 0) NOT NULL,
    restitution_paid     numeric(18, 0) NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX suspect_fact_cell_idx ON analytics.suspect_fact (year, regency_code);

CREATE TABLE analytics.service_fact (
    item_id       bigint PRIMARY KEY,
    case_id       bigint      NOT NULL,
    regency_code  varchar(13) NOT NULL,
    year          integer     NOT NULL,
    service       varchar(30) NOT NULL,
    timeliness    varchar(20) NOT NULL
);
CREATE INDEX service_fact_cell_idx ON analytics.service_fact (year, regency_code);

CREATE TABLE analytics.tally (
    measure        varchar(30) NOT NULL,
    value          varchar(60) NOT NULL,
    year           integer     NOT NULL,
    province_code  varchar(2)  NOT NULL,
    regency_code   varchar(13) NOT NULL,
    n              bigint      NOT NULL,
    PRIMARY KEY (measure, year, regency_code, value)
);
CREATE INDEX tally_cell_idx ON analytics.tally (year, regency_code);
