-- The audit log: append-only and hash-chained. Never personal data: ids and codes only.
--
-- seq is assigned by the appender from audit.chain_head under that row's lock, not from a sequence: a sequence
-- leaves holes when a transaction rolls back, and the verification treats a hole as a deleted entry.
CREATE TABLE audit.entry (
    seq             bigint      PRIMARY KEY CHECK (seq > 0),
    occurred_at     timestamptz NOT NULL,
    actor_user_id   bigint,
    actor_username  text,
    actor_agency_id bigint,
    action          text        NOT NULL,
    object_type     text        NOT NULL,
    object_id       text,
    region_code     text,
    source_address  text,
    detail          text,
    prev_hash       char(64)    NOT NULL,
    hash            char(64)    NOT NULL
);

CREATE INDEX entry_occurred_at_idx ON audit.entry (occurred_at);
CREATE INDEX entry_object_idx ON audit.entry (object_type, object_id);
CREATE INDEX entry_actor_idx ON audit.entry (actor_user_id);
CREATE INDEX entry_actor_username_idx ON audit.entry (lower(actor_username));
CREATE INDEX entry_region_idx ON audit.entry (region_code text_pattern_ops);

-- The end of the chain: appends lock this one row (SELECT ... FOR UPDATE), so the chain stays linear under
-- concurrency; the verification also checks that the last entry is the one recorded here (a cut-off tail).
CREATE TABLE audit.chain_head (
    id        smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    last_seq  bigint   NOT NULL CHECK (last_seq >= 0),
    last_hash char(64) NOT NULL
);
INSERT INTO audit.chain_head (id, last_seq, last_hash)
VALUES (1, 0, repeat('0', 64))
ON CONFLICT (id) DO NOTHING;

CREATE FUNCTION audit.refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on %.% refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

CREATE FUNCTION audit.advance_head_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.last_seq <> OLD.last_seq + 1 THEN
        RAISE EXCEPTION 'the audit chain head only moves forward by one entry'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER chain_head_forward_only
    BEFORE UPDATE ON audit.chain_head
    FOR EACH ROW EXECUTE FUNCTION audit.advance_head_only();

CREATE TRIGGER chain_head_kept
    BEFORE DELETE OR TRUNCATE ON audit.chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
