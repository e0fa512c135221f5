-- Notifications of the support module: shown in the receiving agency's work inbox at once, and sent by e-mail after
-- the commit when an SMTP server is configured. They carry no personal data: a kind, the object's id (the reference
-- number) and a link. mail_status: NONE (no e-mail: SMTP not configured), PENDING (to send, again from
-- mail_next_at after a failure), SENT, FAILED (gave up after the last attempt; mail_error holds the error's class).
CREATE TABLE support.notification (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id      bigint        NOT NULL,
    kind           varchar(30)   NOT NULL CHECK (kind IN ('REFERRAL_NEW', 'REFERRAL_ACCEPTED', 'REFERRAL_REJECTED',
                       'ITEM_OVERDUE', 'VISIT_OVERDUE')),
    object_id      bigint        NOT NULL,
    link           text          NOT NULL CHECK (link LIKE '/%'),
    region_code    varchar(13)   REFERENCES region.admin_region (code),
    created_at     timestamptz   NOT NULL,
    mail_status    varchar(10)   NOT NULL CHECK (mail_status IN ('NONE', 'PENDING', 'SENT', 'FAILED')),
    mail_attempts  integer       NOT NULL DEFAULT 0,
    mail_next_at   timestamptz,
    mail_sent_at   timestamptz,
    mail_error     varchar(200),
    CONSTRAINT notification_once UNIQUE (kind, object_id, agency_id)
);
CREATE INDEX notification_agency_idx ON support.notification (agency_id, created_at DESC);
CREATE INDEX notification_pending_idx ON support.notification (mail_next_at) WHERE mail_status = 'PENDING';
