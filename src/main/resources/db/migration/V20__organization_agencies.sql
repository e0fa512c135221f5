-- Agencies (instansi). Level and region must agree: national ⇔ no region, province ⇔ a province code (53),
-- regency ⇔ a regency/city code (53.71). Names are unique per region, ignoring case and surrounding spaces.
-- Dates of validity are inclusive on both ends (valid_to is the last day); NULL valid_from = since always,
-- NULL valid_to = still valid.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE org.agency (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    short_name       text        CHECK (short_name IS NULL OR length(short_name) <= 50),
    type             varchar(40) NOT NULL CHECK (type IN ('POLICE_UNIT', 'PROSECUTOR', 'COURT', 'UPTD_PPA',
                         'SOCIAL_SERVICE_SHELTER', 'HOSPITAL_HEALTH', 'LPSK', 'KP2MI_BP3MI', 'IMMIGRATION',
                         'MISSION_ABROAD', 'LABOUR_OFFICE', 'EDUCATION_OFFICE', 'VILLAGE_GOVERNMENT', 'NGO',
                         'INTERNATIONAL_ORGANISATION', 'TASKFORCE_SECRETARIAT', 'OTHER')),
    level            varchar(10) NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCE', 'REGENCY')),
    region_code      varchar(13) REFERENCES region.admin_region (code),
    parent_agency_id bigint REFERENCES org.agency (id),
    address          text CHECK (address IS NULL OR length(address) <= 500),
    phone            varchar(40),
    email            varchar(200),
    website          varchar(300),
    active           boolean     NOT NULL DEFAULT true,
    version          integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CONSTRAINT agency_level_region_ck CHECK (
        (level = 'NATIONAL' AND region_code IS NULL)
        OR (level = 'PROVINCE' AND region_code ~ '^\d{2}$')
        OR (level = 'REGENCY' AND region_code ~ '^\d{2}\.\d{2}$')),
    CONSTRAINT agency_not_own_parent_ck CHECK (parent_agency_id IS NULL OR parent_agency_id <> id)
);
CREATE UNIQUE INDEX agency_name_per_region_uq ON org.agency (coalesce(region_code, ''), lower(btrim(name)));
CREATE INDEX agency_region_idx ON org.agency (region_code text_pattern_ops);
CREATE INDEX agency_name_trgm_idx ON org.agency USING gin (lower(name) gin_trgm_ops);
CREATE INDEX agency_parent_idx ON org.agency (parent_agency_id);

-- Names over time: BP2MI became KP2MI in 2024; the structure of a past date shows the name of that date.
CREATE TABLE org.agency_name_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id   bigint NOT NULL REFERENCES org.agency (id),
    name        text   NOT NULL,
    short_name  text,
    valid_from  date,
    valid_to    date,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT agency_name_history_no_overlap
        EXCLUDE USING gist (agency_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
