-- Staff accounts and their role grants.
-- agency_id refers to an agency of the organization module (schema org, no FK across modules).
-- agency_id = 0 is the Sigap secretariat: the pseudo-agency of the first administrator created on an empty
-- database (and of other system operators), which has no row in org.
CREATE TABLE sec.user_account (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username            varchar(64)  NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._@-]{2,63}$'),
    display_name        varchar(200) NOT NULL CHECK (length(trim(display_name)) > 0),
    email               varchar(254),
    agency_id           bigint       NOT NULL CHECK (agency_id >= 0),
    password_hash       varchar(255) NOT NULL,
    enabled             boolean      NOT NULL DEFAULT true,
    failed_attempts     integer      NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    password_changed_at timestamptz,
    version             integer      NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL
);
CREATE UNIQUE INDEX user_account_username_ci_key ON sec.user_account (lower(username));
CREATE INDEX user_account_agency_idx ON sec.user_account (agency_id);
CREATE INDEX user_account_name_trgm_idx ON sec.user_account USING gin (lower(display_name) gin_trgm_ops);

-- A role held at a region scope; region_code NULL is national scope, a province covers its regencies.
CREATE TABLE sec.role_grant (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES sec.user_account (id),
    role        varchar(32) NOT NULL CHECK (role IN ('SYSTEM_ADMIN', 'TASKFORCE_SECRETARY', 'INTAKE_OFFICER',
                                                     'CASE_WORKER', 'INVESTIGATOR', 'ANALYST', 'AUDITOR')),
    region_code varchar(13) REFERENCES region.admin_region (code),
    granted_by  bigint      REFERENCES sec.user_account (id),
    granted_at  timestamptz NOT NULL,
    CONSTRAINT role_grant_once UNIQUE NULLS NOT DISTINCT (user_id, role, region_code)
);
CREATE INDEX role_grant_user_idx ON sec.role_grant (user_id);
CREATE INDEX role_grant_region_idx ON sec.role_grant (region_code text_pattern_ops);
