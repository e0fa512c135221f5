-- Personal data at rest: the uploaded file and the value of each problem are kept only encrypted (Tink AEAD with the
-- cases module's identifier keys, bound to the import: context imports.job:<id>:content / imports.job:<id>:problem:<seq>).
-- A migration cannot reach the keys, so the clear values of rows written before this version are dropped, not
-- encrypted: an import that was READY loses its file and becomes EXPIRED (its hash, counts and row keys stay; the user
-- uploads the file again), and problems keep their row, column, cell and reason but no longer show the value typed.
-- New statuses: PARSING (the upload is read and checked in the background), FAILED (reading stopped unexpectedly or
-- was interrupted by a restart), EXPIRED (the file was purged after the retention period, never committed).
ALTER TABLE imports.import_job DROP CONSTRAINT IF EXISTS import_job_status_check;
ALTER TABLE imports.import_job ADD CONSTRAINT import_job_status_check
    CHECK (status IN ('PARSING', 'INVALID', 'READY', 'FAILED', 'COMMITTING', 'COMMITTED', 'EXPIRED'));

UPDATE imports.import_job SET status = 'EXPIRED', last_error = 'import.content-expired'
    WHERE status IN ('READY', 'COMMITTING');
ALTER TABLE imports.import_job DROP COLUMN content;
ALTER TABLE imports.import_job ADD COLUMN content_sealed bytea;

ALTER TABLE imports.import_problem DROP COLUMN value;
ALTER TABLE imports.import_problem ADD COLUMN value_sealed bytea;

-- The retention job looks for files kept past their time.
CREATE INDEX import_job_content_kept ON imports.import_job (uploaded_at) WHERE content_sealed IS NOT NULL;
