-- Transfer of a case to another agency: requested by the owner, accepted or declined by the receiving agency.
-- At most one request per case is pending at a time.
CREATE TABLE cases.case_transfer (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id             bigint        NOT NULL REFERENCES cases.case_file (id),
    from_agency_id      bigint        NOT NULL,
    to_agency_id        bigint        NOT NULL,
    from_region_code    varchar(13)   NOT NULL,
    target_region_code  varchar(13)   NOT NULL REFERENCES region.admin_region (code),
    reason              text          NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    status              varchar(20)   NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    requested_by        bigint,
    requested_at        timestamptz   NOT NULL,
    decided_by          bigint,
    decided_at          timestamptz,
    decline_reason      text          CHECK (decline_reason IS NULL OR length(decline_reason) BETWEEN 1 AND 1000),
    CONSTRAINT case_transfer_declined_ck CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
);
CREATE UNIQUE INDEX case_transfer_pending_uq ON cases.case_transfer (case_id) WHERE status = 'PENDING';
CREATE INDEX case_transfer_to_idx ON cases.case_transfer (to_agency_id, status);
