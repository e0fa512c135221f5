-- Entries are no longer chained by their writers: a writer inserts its entry unsealed (an identity id, no chain
-- position, no hashes) in its own transaction without any lock; a single sealer later takes the committed unsealed
-- entries in id order and gives each its chain position (seq) and hashes (prev_hash -> hash) under the chain head's
-- lock, in one short transaction. Existing entries are already sealed: their id is their seq, hashes unchanged.
ALTER TABLE audit.entry ADD COLUMN id bigint;
ALTER TABLE audit.entry DISABLE TRIGGER entry_append_only;
UPDATE audit.entry SET id = seq;
ALTER TABLE audit.entry ENABLE TRIGGER entry_append_only;
ALTER TABLE audit.entry ALTER COLUMN id SET NOT NULL;
ALTER TABLE audit.entry ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
SELECT setval(pg_get_serial_sequence('audit.entry', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM audit.entry), false);

ALTER TABLE audit.entry DROP CONSTRAINT entry_pkey;
ALTER TABLE audit.entry ADD PRIMARY KEY (id);
ALTER TABLE audit.entry ALTER COLUMN seq DROP NOT NULL;
ALTER TABLE audit.entry ADD CONSTRAINT entry_seq_key UNIQUE (seq);
ALTER TABLE audit.entry ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit.entry ALTER COLUMN hash DROP NOT NULL;
ALTER TABLE audit.entry ADD CONSTRAINT entry_sealed_whole
    CHECK ((seq IS NULL AND prev_hash IS NULL AND hash IS NULL)
        OR (seq IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL));
-- the sealer's work list: the unsealed entries, in id order
CREATE INDEX entry_unsealed_idx ON audit.entry (id) WHERE seq IS NULL;

-- Updates: only sealing an unsealed entry (setting seq and its hashes, nothing else). Deletes and truncation stay
-- refused by entry_append_only (statement level), which no longer covers UPDATE.
DROP TRIGGER entry_append_only ON audit.entry;
CREATE TRIGGER entry_append_only
    BEFORE DELETE OR TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

CREATE FUNCTION audit.seal_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.seq IS NOT NULL
        OR NEW.seq IS NULL
        OR (NEW.id, NEW.occurred_at, NEW.actor_user_id, NEW.actor_username, NEW.actor_agency_id, NEW.action,
            NEW.object_type, NEW.object_id, NEW.region_code, NEW.source_address, NEW.detail)
           IS DISTINCT FROM
           (OLD.id, OLD.occurred_at, OLD.actor_user_id, OLD.actor_username, OLD.actor_agency_id, OLD.action,
            OLD.object_type, OLD.object_id, OLD.region_code, OLD.source_address, OLD.detail) THEN
        RAISE EXCEPTION 'the audit log is append-only: only sealing an unsealed entry is allowed'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER entry_seal_only
    BEFORE UPDATE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.seal_only();

-- New entries arrive unsealed: only the sealer gives chain positions.
CREATE FUNCTION audit.arrive_unsealed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
        RAISE EXCEPTION 'the audit log is append-only: new entries arrive unsealed'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER entry_arrive_unsealed
    BEFORE INSERT ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.arrive_unsealed();

-- The head moves forward by as many entries as one seal gives positions to.
CREATE OR REPLACE FUNCTION audit.advance_head_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.last_seq <= OLD.last_seq THEN
        RAISE EXCEPTION 'the audit chain head only moves forward'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
