-- Criminal-justice chain per suspect (a case_person with role SUSPECT): police report (LP) and investigation,
-- charges as free (law, article) pairs, prosecution, verdict with restitution per victim, and appeals.
-- Stage order is guarded by the application and by the CHECKs below (no verdict without prosecution).
CREATE TABLE cases.justice_track (
    id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id                     bigint       NOT NULL REFERENCES cases.case_file (id),
    person_id                   bigint       NOT NULL REFERENCES cases.person (id),
    lp_number                   varchar(100) NOT NULL,
    police_agency_id            bigint       NOT NULL,
    report_date                 date         NOT NULL,
    investigation_start         date,
    investigation_status        varchar(20)  CHECK (investigation_status IN ('ONGOING', 'COMPLETE', 'STOPPED')),
    prosecution_date            date,
    prosecutor_office           varchar(200),
    verdict_date                date,
    court                       varchar(200),
    prison_months               integer      CHECK (prison_months >= 0),
    fine                        numeric(18, 0) CHECK (fine >= 0),
    substitute_detention_months integer      CHECK (substitute_detention_months >= 0),
    version                     integer      NOT NULL DEFAULT 0,
    updated_at                  timestamptz  NOT NULL,
    CONSTRAINT justice_track_suspect_uq UNIQUE (case_id, person_id),
    CONSTRAINT justice_track_verdict_ck CHECK (verdict_date IS NULL OR prosecution_date IS NOT NULL)
);

CREATE TABLE cases.justice_charge (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    track_id bigint       NOT NULL REFERENCES cases.justice_track (id),
    law      varchar(60)  NOT NULL,
    article  varchar(60)  NOT NULL,
    CONSTRAINT justice_charge_uq UNIQUE (track_id, law, article)
);

CREATE TABLE cases.justice_restitution (
    track_id         bigint NOT NULL REFERENCES cases.justice_track (id),
    victim_person_id bigint NOT NULL REFERENCES cases.person (id),
    demanded         numeric(18, 0) CHECK (demanded >= 0),
    ordered          numeric(18, 0) CHECK (ordered >= 0),
    paid             numeric(18, 0) CHECK (paid >= 0),
    PRIMARY KEY (track_id, victim_person_id)
);

CREATE TABLE cases.justice_appeal (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    track_id    bigint      NOT NULL REFERENCES cases.justice_track (id),
    level       varchar(20) NOT NULL CHECK (level IN ('BANDING', 'KASASI', 'PENINJAUAN_KEMBALI')),
    appeal_date date        NOT NULL,
    outcome     varchar(500)
);

-- Suggested charges: data, not an enum; investigators may record any (law, article) pair. The UU 1/2023 (KUHP)
-- article numbers are unverified (domain-reference §0.5): check them against the official text.
CREATE TABLE cases.charge_suggestion (
    law     varchar(60) NOT NULL,
    article varchar(60) NOT NULL,
    sort    integer     NOT NULL,
    PRIMARY KEY (law, article)
);
INSERT INTO cases.charge_suggestion (law, article, sort) VALUES
    ('UU 21/2007', 'Pasal 2', 1), ('UU 21/2007', 'Pasal 3', 2), ('UU 21/2007', 'Pasal 4', 3),
    ('UU 21/2007', 'Pasal 5', 4), ('UU 21/2007', 'Pasal 6', 5), ('UU 21/2007', 'Pasal 7', 6),
    ('UU 21/2007', 'Pasal 8', 7), ('UU 21/2007', 'Pasal 9', 8), ('UU 21/2007', 'Pasal 10', 9),
    ('UU 21/2007', 'Pasal 11', 10), ('UU 21/2007', 'Pasal 12', 11), ('UU 21/2007', 'Pasal 16', 12),
    ('UU 21/2007', 'Pasal 17', 13), ('UU 18/2017', 'Pasal 81', 14), ('UU 18/2017', 'Pasal 83', 15),
    ('UU 1/2023', 'Pasal 455', 16), ('UU 1/2023', 'Pasal 456', 17)
ON CONFLICT DO NOTHING;
