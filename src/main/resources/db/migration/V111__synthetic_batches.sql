-- The batches of a generator run that are loaded: two batches load at the same time, so progress is a set, not a
-- counter. A batch commits together with its row here; loading one twice fails on the key and rolls back.
CREATE TABLE synthetic.generator_batch (
    run_id  bigint  NOT NULL REFERENCES synthetic.generator_run (id),
    batch   integer NOT NULL,
    PRIMARY KEY (run_id, batch)
);
