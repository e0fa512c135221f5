-- Integrated services (Permen PPPA 8/2021) for victims and witnesses, and referrals between agencies.
-- Case, person and agency ids belong to the cases and organization modules; they are kept as plain ids (no
-- foreign keys across modules). region_code and province_code copy the case's region when the row is written, so
-- scoped lists and dashboard counts need no join into another module.
CREATE SCHEMA IF NOT EXISTS support;

-- One service of a person's plan. due_on is the statutory deadline (UU 21/2007 Pasal 52/53: 7 days after the
-- application) where one applies, fixed when the application date is recorded.
CREATE TABLE support.service_item (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id             bigint        NOT NULL,
    person_id           bigint        NOT NULL,
    region_code         varchar(13)   NOT NULL REFERENCES region.admin_region (code),
    province_code       varchar(2)    NOT NULL,
    service             varchar(30)   NOT NULL CHECK (service IN ('COMPLAINT_IDENTIFICATION', 'HEALTH_REHABILITATION',
                            'SOCIAL_REHABILITATION', 'LEGAL', 'REPATRIATION', 'SOCIAL_REINTEGRATION')),
    first_aid           boolean       NOT NULL DEFAULT false,
    provider_agency_id  bigint,
    requested_on        date,
    due_on              date,
    started_on          date,
    completed_on        date,
    outcome             varchar(20)   CHECK (outcome IS NULL OR outcome IN ('DELIVERED', 'PARTLY_DELIVERED',
                            'DECLINED_BY_PERSON', 'NOT_NEEDED', 'NOT_AVAILABLE', 'OTHER')),
    closing_reason      text          CHECK (closing_reason IS NULL OR length(closing_reason) BETWEEN 1 AND 1000),
    notes               text          CHECK (notes IS NULL OR length(notes) <= 4000),
    recorded_by         bigint,
    recorded_by_name    text,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             integer       NOT NULL DEFAULT 0,
    CHECK (started_on IS NULL OR requested_on IS NULL OR started_on >= requested_on),
    CHECK (completed_on IS NULL OR started_on IS NULL OR completed_on >= started_on)
);
CREATE INDEX service_item_case_idx ON support.service_item (case_id, person_id);
CREATE INDEX service_item_provider_open_idx ON support.service_item (provider_agency_id, due_on)
    WHERE completed_on IS NULL AND closing_reason IS NULL;
CREATE INDEX service_item_overdue_idx ON support.service_item (due_on, region_code text_pattern_ops)
    WHERE started_on IS NULL AND completed_on IS NULL AND closing_reason IS NULL;

-- A referral from one agency to another (also across regions and to missions abroad). Person data is shared only
-- with recorded consent (who gave it, when, for what) or an audited override for a child in danger. The case
-- number and whether the person is a child are copied when the referral is sent, so lists need no other module.
CREATE TABLE support.referral (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id              bigint        NOT NULL,
    person_id            bigint,
    person_child         boolean       NOT NULL DEFAULT false,
    case_number          text          NOT NULL,
    service              varchar(30)   NOT NULL,
    service_item_id      bigint        REFERENCES support.service_item (id),
    from_agency_id       bigint        NOT NULL,
    to_agency_id         bigint        NOT NULL,
    case_region_code     varchar(13)   NOT NULL REFERENCES region.admin_region (code),
    to_region_code       varchar(13)   REFERENCES region.admin_region (code),
    reason               text          NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    shares_person_data   boolean       NOT NULL,
    consent_given_by     varchar(20)   CHECK (consent_given_by IS NULL OR consent_given_by IN
                             ('PERSON', 'PARENT_GUARDIAN', 'LEGAL_REPRESENTATIVE')),
    consent_given_on     date,
    consent_purpose      text          CHECK (consent_purpose IS NULL OR length(consent_purpose) BETWEEN 1 AND 1000),
    override_reason      text          CHECK (override_reason IS NULL OR length(override_reason) BETWEEN 1 AND 1000),
    status               varchar(20)   NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'REJECTED', 'DONE',
                             'REVOKED')),
    rejection_reason     text          CHECK (rejection_reason IS NULL OR length(rejection_reason) BETWEEN 1 AND 1000),
    requested_by         bigint,
    requested_by_name    text,
    requested_at         timestamptz   NOT NULL,
    decided_by           bigint,
    decided_at           timestamptz,
    closed_by            bigint,
    closed_at            timestamptz,
    version              integer       NOT NULL DEFAULT 0,
    CONSTRAINT referral_rejection_ck CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
    CONSTRAINT referral_person_ck CHECK (NOT shares_person_data OR person_id IS NOT NULL),
    CONSTRAINT referral_consent_ck CHECK (NOT shares_person_data OR override_reason IS NOT NULL
        OR (consent_given_by IS NOT NULL AND consent_given_on IS NOT NULL AND consent_purpose IS NOT NULL))
);
CREATE INDEX referral_to_idx ON support.referral (to_agency_id, status);
CREATE INDEX referral_from_idx ON support.referral (from_agency_id, status);
CREATE INDEX referral_case_idx ON support.referral (case_id);
CREATE INDEX referral_grant_idx ON support.referral (to_agency_id, case_id)
    WHERE status = 'ACCEPTED' AND shares_person_data;

-- Service directory (in the spirit of Open Referral HSDS): which agency offers which service where.
CREATE TABLE support.directory_entry (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id      bigint        NOT NULL,
    service        varchar(30)   NOT NULL,
    region_code    varchar(13)   REFERENCES region.admin_region (code),
    capacity       integer       CHECK (capacity IS NULL OR capacity >= 0),
    contact        text          CHECK (contact IS NULL OR length(contact) <= 500),
    description    text          CHECK (description IS NULL OR length(description) <= 2000),
    active         boolean       NOT NULL DEFAULT true,
    version        integer       NOT NULL DEFAULT 0,
    updated_at     timestamptz   NOT NULL
);
CREATE UNIQUE INDEX directory_entry_uq ON support.directory_entry (agency_id, service, coalesce(region_code, ''));
CREATE INDEX directory_entry_service_idx ON support.directory_entry (service, region_code text_pattern_ops);
