-- Yearly interception figures per region, entered by the task-force secretariat (historical data kept before Sigap,
-- or figures of agencies that do not register persons individually). An aggregate is the WHOLE count of its region
-- and year, persons registered individually in Sigap included; so a total never adds both: a region-year with an
-- aggregate counts max(aggregate, what Sigap's records and the aggregates below it add up to). See
-- id.sigap.prevention.InterceptionTotals. No foreign key to region.admin_region (see V170); codes are checked on entry.
CREATE TABLE prevention.yearly_aggregate (
    id            bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code   varchar(13)   NOT NULL,
    province_code varchar(2)    NOT NULL,
    year          smallint      NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    persons       integer       NOT NULL CHECK (persons >= 0),
    source        text          NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
    updated_by    bigint,
    updated_at    timestamptz   NOT NULL,
    version       integer       NOT NULL DEFAULT 0,
    UNIQUE (region_code, year)
);

-- Nusa Tenggara Timur, non-procedural migrant-worker candidates stopped (interceptions), 2017–2019.
-- Source: the figures the NTT task force reports, as quoted in Sigap's product brief (docs/product.md, "Prevention
-- counts": "NTT: 519 in 2017, 1,379 in 2018, 755 in 2019") and issue 8; docs/domain-reference.md does not cite the
-- original publication for them (unverified there), so the source text says where they come from.
INSERT INTO prevention.yearly_aggregate (region_code, province_code, year, persons, source, updated_at) VALUES
    ('53', '53', 2017, 519, 'Gugus Tugas PP-TPPO Provinsi NTT, sebagaimana dikutip dalam ringkasan produk Sigap (issue 8)', now()),
    ('53', '53', 2018, 1379, 'Gugus Tugas PP-TPPO Provinsi NTT, sebagaimana dikutip dalam ringkasan produk Sigap (issue 8)', now()),
    ('53', '53', 2019, 755, 'Gugus Tugas PP-TPPO Provinsi NTT, sebagaimana dikutip dalam ringkasan produk Sigap (issue 8)', now());
