-- Route of a case: dated events (recruitment, transit, exploitation, interception, rescue, return) at a Kemendagri
-- region or in a country abroad, with a place name (e.g. Pelabuhan Tenau) and the transport used.
CREATE TABLE cases.route_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       bigint      NOT NULL REFERENCES cases.case_file (id),
    stage         varchar(20) NOT NULL CHECK (stage IN ('RECRUITMENT', 'TRANSIT', 'EXPLOITATION', 'INTERCEPTION',
                      'RESCUE', 'RETURN')),
    event_date    date,
    region_code   varchar(13) REFERENCES region.admin_region (code),
    country_iso2  char(2)     REFERENCES region.country (iso2),
    place_name    text        CHECK (place_name IS NULL OR length(place_name) <= 200),
    transport     varchar(20) CHECK (transport IN ('LAND', 'SEA', 'AIR', 'ON_FOOT', 'OTHER')),
    created_at    timestamptz NOT NULL,
    CONSTRAINT route_event_place_ck CHECK ((region_code IS NULL) <> (country_iso2 IS NULL))
);
CREATE INDEX route_event_case_idx ON cases.route_event (case_id, event_date);
CREATE INDEX route_event_region_idx ON cases.route_event (region_code text_pattern_ops);
