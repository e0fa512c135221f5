-- Prevention: interceptions of non-procedural migrant-worker candidates at ports, airports and land borders, the
-- yearly aggregates of interceptions per region (historical figures), outreach activities and village watch groups.
-- Agency and case ids belong to the organization and cases modules: plain ids, no foreign keys across modules.
-- region_code and province_code are copied on every row so scoped lists and counts need no other module.
CREATE SCHEMA IF NOT EXISTS prevention;

-- Known exit points. No foreign key to region.admin_region: the region reference data is loaded by a Java migration
-- (V11) that the build-time schema generation does not run; CrossingPointsIT checks every code against the regions.
CREATE TABLE prevention.crossing_point (
    code         varchar(40)   PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+$'),
    name         text          NOT NULL,
    kind         varchar(12)   NOT NULL CHECK (kind IN ('PORT', 'AIRPORT', 'LAND_BORDER')),
    region_code  varchar(13)   NOT NULL,
    active       boolean       NOT NULL DEFAULT true
);

-- Region codes: Kepmendagri 300.2.2-2138/2025 (cahyadsn/wilayah), checked against /work/shared/data/regions.
-- Points: docs/domain-reference.md 6.2 (Tenau, Batam, Tanjung Pinang Sri Bintan Pura, Nunukan/Sebatik, Entikong,
-- Bali airport) and the usual international airports of departure.
INSERT INTO prevention.crossing_point (code, name, kind, region_code) VALUES
    ('TENAU', 'Pelabuhan Tenau', 'PORT', '53.71.01'),
    ('EL-TARI', 'Bandara El Tari', 'AIRPORT', '53.71.02'),
    ('BATAM-CENTRE', 'Pelabuhan Batam Centre', 'PORT', '21.71.10'),
    ('SEKUPANG', 'Pelabuhan Sekupang', 'PORT', '21.71.03'),
    ('SRI-BINTAN-PURA', 'Pelabuhan Sri Bintan Pura, Tanjung Pinang', 'PORT', '21.72.03'),
    ('TUNON-TAKA', 'Pelabuhan Tunon Taka, Nunukan', 'PORT', '65.03.02'),
    ('SEBATIK', 'Pelabuhan Sebatik', 'PORT', '65.03.01'),
    ('PLBN-ENTIKONG', 'PLBN Entikong', 'LAND_BORDER', '61.03.21'),
    ('SOEKARNO-HATTA', 'Bandara Soekarno-Hatta', 'AIRPORT', '36.71.04'),
    ('NGURAH-RAI', 'Bandara I Gusti Ngurah Rai', 'AIRPORT', '51.03.01');

-- One interception: a group stopped at a point on a day by an agency. Persons are either registered individually
-- (intercepted_person) or only counted here (uncounted_* hold persons NOT registered individually, by sex and age
-- group), so the persons of an interception are the registered ones plus these counts, never both for one person.
CREATE TABLE prevention.interception (
    id                   bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    intercepted_on       date          NOT NULL,
    crossing_point_code  varchar(40)   NOT NULL REFERENCES prevention.crossing_point (code),
    region_code          varchar(13)   NOT NULL REFERENCES region.admin_region (code),
    province_code        varchar(2)    NOT NULL,
    agency_id            bigint        NOT NULL,
    destination_country  char(2)       REFERENCES region.country (iso2),
    intended_job         varchar(20)   NOT NULL CHECK (intended_job IN ('DOMESTIC_WORK', 'PLANTATION', 'CONSTRUCTION',
                             'FISHING', 'FACTORY', 'HOSPITALITY', 'ONLINE_SCAM', 'CAREGIVING', 'OTHER', 'UNKNOWN')),
    women                integer       NOT NULL DEFAULT 0 CHECK (women >= 0),
    girls                integer       NOT NULL DEFAULT 0 CHECK (girls >= 0),
    men                  integer       NOT NULL DEFAULT 0 CHECK (men >= 0),
    boys                 integer       NOT NULL DEFAULT 0 CHECK (boys >= 0),
    notes                text          CHECK (notes IS NULL OR length(notes) <= 4000),
    recorded_by          bigint,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    version              integer       NOT NULL DEFAULT 0
);
CREATE INDEX interception_region_idx ON prevention.interception (region_code text_pattern_ops, intercepted_on);
CREATE INDEX interception_province_idx ON prevention.interception (province_code, intercepted_on);

-- A person registered individually, with recorded consent; child (under 18 on the day of the interception) is fixed
-- when the person is registered. follow_up: PENDING, SENT_HOME, or VICTIM (a case was
-- opened in the cases module: case_id and case_number are copied here).
CREATE TABLE prevention.intercepted_person (
    id                   bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    interception_id      bigint        NOT NULL REFERENCES prevention.interception (id) ON DELETE CASCADE,
    region_code          varchar(13)   NOT NULL,
    full_name            text          NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    sex                  char(1)       NOT NULL CHECK (sex IN ('F', 'M')),
    birth_date           date,
    estimated_age        smallint      CHECK (estimated_age IS NULL OR estimated_age BETWEEN 0 AND 120),
    CHECK (birth_date IS NOT NULL OR estimated_age IS NOT NULL),
    child                boolean       NOT NULL,
    origin_region_code   varchar(13)   REFERENCES region.admin_region (code),
    consent_given_by     varchar(20)   NOT NULL CHECK (consent_given_by IN ('PERSON', 'PARENT_GUARDIAN',
                             'LEGAL_REPRESENTATIVE')),
    consent_given_on     date          NOT NULL,
    follow_up            varchar(10)   NOT NULL DEFAULT 'PENDING' CHECK (follow_up IN ('PENDING', 'SENT_HOME', 'VICTIM')),
    follow_up_on         date,
    case_id              bigint,
    case_number          text,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    version              integer       NOT NULL DEFAULT 0,
    CHECK ((follow_up = 'VICTIM') = (case_id IS NOT NULL))
);
CREATE INDEX intercepted_person_interception_idx ON prevention.intercepted_person (interception_id);

-- A recruiter or sponsor named by the persons. The phone is sealed with the cases module's keys (SensitiveValues,
-- context "prevention.recruiter:<id>:phone"). When a person is identified as a victim, each recruiter of the
-- interception becomes a suspect in the new case.
CREATE TABLE prevention.recruiter (
    id                   bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    interception_id      bigint        NOT NULL REFERENCES prevention.interception (id) ON DELETE CASCADE,
    full_name            text          NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    role                 varchar(10)   NOT NULL CHECK (role IN ('RECRUITER', 'SPONSOR')),
    company              text          CHECK (company IS NULL OR length(company) <= 200),
    phone_sealed         bytea,
    created_at           timestamptz   NOT NULL
);
CREATE INDEX recruiter_interception_idx ON prevention.recruiter (interception_id);
