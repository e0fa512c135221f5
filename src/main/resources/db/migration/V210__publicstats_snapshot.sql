-- Published public statistics: one snapshot a day, holding only the cells that may be published. Suppressed cells
-- are stored as NULL; the CHECK makes it impossible to store a published count from 1 to 10.
CREATE SCHEMA IF NOT EXISTS pubstats;

CREATE TABLE pubstats.snapshot (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    taken_on   date        NOT NULL,
    taken_at   timestamptz NOT NULL,
    threshold  smallint    NOT NULL CHECK (threshold >= 11)
);

CREATE TABLE pubstats.published_cell (
    snapshot_id  bigint      NOT NULL REFERENCES pubstats.snapshot (id) ON DELETE CASCADE,
    year         integer     NOT NULL,
    table_code   varchar(20) NOT NULL CHECK (table_code IN ('SEX_AGE', 'FORM', 'CASES')),
    row_code     varchar(13) NOT NULL,
    column_code  varchar(20) NOT NULL,
    value        integer     CHECK (value IS NULL OR value = 0 OR value >= 11),
    PRIMARY KEY (snapshot_id, year, table_code, row_code, column_code)
);
