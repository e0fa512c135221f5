-- Outreach and awareness activities (sosialisasi), from village to national level, and the registry of village
-- agents of change / community watch groups. region_code is the place reached (a village code for village-level
-- activities); province_code copies its first two digits.
CREATE TABLE prevention.outreach_activity (
    id             bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    held_on        date          NOT NULL,
    level          varchar(10)   NOT NULL CHECK (level IN ('VILLAGE', 'DISTRICT', 'REGENCY', 'PROVINCE', 'NATIONAL')),
    region_code    varchar(13)   REFERENCES region.admin_region (code),
    province_code  varchar(2),
    title          text          NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    topic          varchar(24)   NOT NULL CHECK (topic IN ('SAFE_MIGRATION', 'ONLINE_RECRUITMENT', 'FINANCIAL_LITERACY',
                       'CHILD_PROTECTION', 'CHILD_MARRIAGE', 'VICTIM_SERVICES', 'LAW_UU21', 'OTHER')),
    women          integer       NOT NULL DEFAULT 0 CHECK (women >= 0),
    girls          integer       NOT NULL DEFAULT 0 CHECK (girls >= 0),
    men            integer       NOT NULL DEFAULT 0 CHECK (men >= 0),
    boys           integer       NOT NULL DEFAULT 0 CHECK (boys >= 0),
    partners       text          CHECK (partners IS NULL OR length(partners) <= 1000),
    cost_rupiah    bigint        CHECK (cost_rupiah IS NULL OR cost_rupiah >= 0),
    agency_id      bigint        NOT NULL,
    recorded_by    bigint,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    version        integer       NOT NULL DEFAULT 0,
    CHECK ((level = 'NATIONAL') = (region_code IS NULL))
);
CREATE INDEX outreach_region_idx ON prevention.outreach_activity (region_code text_pattern_ops, held_on);

CREATE TABLE prevention.watch_group (
    id             bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    village_code   varchar(13)   NOT NULL REFERENCES region.admin_region (code),
    province_code  varchar(2)    NOT NULL,
    name           text          NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind           varchar(16)   NOT NULL CHECK (kind IN ('AGENTS_OF_CHANGE', 'COMMUNITY_WATCH')),
    members        integer       NOT NULL CHECK (members >= 0),
    contact        text          CHECK (contact IS NULL OR length(contact) <= 300),
    active_since   date          NOT NULL,
    recorded_by    bigint,
    updated_at     timestamptz   NOT NULL,
    version        integer       NOT NULL DEFAULT 0
);
CREATE INDEX watch_group_village_idx ON prevention.watch_group (village_code text_pattern_ops);
