-- Regions (Kemendagri codes PP, PP.KK, PP.KK.CC, PP.KK.CC.DDDD). The code itself is the hierarchy path:
-- "everything under 53" is code = '53' OR code LIKE '53.%', served by the text_pattern_ops index.
CREATE TABLE region.admin_region (
    code         varchar(13) PRIMARY KEY CHECK (code ~ '^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$'),
    name         text        NOT NULL,
    level        smallint    NOT NULL CHECK (level BETWEEN 1 AND 4),
    parent_code  varchar(13) REFERENCES region.admin_region (code),
    province_code char(2)    NOT NULL,
    population   bigint,
    population_male bigint,
    population_female bigint,
    area_km2     numeric(12, 3)
);
CREATE INDEX region_code_prefix_idx ON region.admin_region (code text_pattern_ops);
CREATE INDEX region_parent_idx ON region.admin_region (parent_code);
CREATE INDEX region_name_trgm_idx ON region.admin_region USING gin (lower(name) gin_trgm_ops);

CREATE TABLE region.country (
    iso2     char(2) PRIMARY KEY CHECK (iso2 ~ '^[A-Z]{2}$'),
    iso3     char(3) NOT NULL UNIQUE,
    name_id  text    NOT NULL,
    name_en  text    NOT NULL
);
