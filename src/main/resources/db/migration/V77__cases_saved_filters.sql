-- Saved filters of the case list (/kasus): per user (the account id of the security module, no foreign key across
-- modules), a name unique per user, and the filter as a canonical query string of the list's own parameters.
CREATE TABLE cases.saved_filter (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint       NOT NULL,
    name        varchar(80)  NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    query       varchar(2000) NOT NULL,
    created_at  timestamptz  NOT NULL,
    CONSTRAINT saved_filter_name_uq UNIQUE (account_id, name)
);
