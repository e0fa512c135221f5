-- Attachments of a case (statements, evidence): the bytes live encrypted outside the web root under
-- <data-dir>/attachments/<case id>/<storage key>; this table holds what was checked on upload.
CREATE TABLE cases.case_attachment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint       NOT NULL REFERENCES cases.case_file (id),
    storage_key  varchar(64)  NOT NULL,
    file_name    varchar(160) NOT NULL,
    content_type varchar(40)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes   bigint       NOT NULL CHECK (size_bytes > 0),
    sha256       char(64)     NOT NULL,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('STATEMENT', 'EVIDENCE', 'OTHER')),
    uploaded_by  bigint,
    uploaded_at  timestamptz  NOT NULL,
    CONSTRAINT case_attachment_key_uq UNIQUE (storage_key)
);
CREATE INDEX case_attachment_case_idx ON cases.case_attachment (case_id, uploaded_at DESC);
