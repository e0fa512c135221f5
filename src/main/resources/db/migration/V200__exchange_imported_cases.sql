-- HTCDS imports: which HTCDS case id became which Sigap case, so that importing the same file again adds nothing.
CREATE SCHEMA IF NOT EXISTS exchange;

CREATE TABLE exchange.imported_case (
    htcds_case_id  varchar(40) PRIMARY KEY,
    case_id        bigint      NOT NULL,
    imported_at    timestamptz NOT NULL,
    imported_by    bigint
);
