-- Saved filters of the lists (the case list, the triage queue, ...): per account and list, a name unique per account
-- and list, and the filter as a canonical query string of that list's own parameters. One store for every list.
CREATE TABLE sec.saved_filter (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint        NOT NULL,
    list        varchar(40)   NOT NULL CHECK (list ~ '^[a-z][a-z0-9-]{0,39}$'),
    name        varchar(80)   NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    query       varchar(2000) NOT NULL,
    created_at  timestamptz   NOT NULL,
    CONSTRAINT saved_filter_name_uq UNIQUE (account_id, list, name)
);
