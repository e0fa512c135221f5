-- Runs of the synthetic data generator (./sigap generate) and the hidden truth key of the persons it wrote.
-- A run is identified by its seed; its batches commit one by one together with batches_done, so an interrupted
-- run resumes where it stopped and a finished one is not loaded twice.
CREATE SCHEMA IF NOT EXISTS synthetic;

CREATE TABLE synthetic.generator_run (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seed          bigint      NOT NULL UNIQUE,
    cases         integer     NOT NULL CHECK (cases > 0),
    batch_size    integer     NOT NULL CHECK (batch_size > 0),
    batches_done  integer     NOT NULL DEFAULT 0,
    persons       bigint      NOT NULL DEFAULT 0,
    status        varchar(12) NOT NULL CHECK (status IN ('RUNNING', 'DONE')),
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    seconds       numeric(10, 1)
);

-- Which person records are the same real (invented) person: records sharing true_person_no within a run are one
-- person, registered several times (by several agencies, with spelling variations, missing identifiers, ...).
-- For measuring record linkage only; never shown to users.
CREATE TABLE synthetic.truth (
    person_id       bigint   PRIMARY KEY,
    run_id          bigint   NOT NULL REFERENCES synthetic.generator_run (id),
    true_person_no  bigint   NOT NULL,
    role            varchar(20) NOT NULL
);
CREATE INDEX truth_person_no_idx ON synthetic.truth (run_id, true_person_no);
