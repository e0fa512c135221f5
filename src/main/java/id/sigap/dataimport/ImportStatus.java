package id.sigap.dataimport;

/**
 * Where an import stands: {@code PARSING} (the uploaded file is read and checked in the background), {@code INVALID}
 * (the preview lists problems; a corrected file must be uploaded), {@code READY} (checked, nothing saved yet), {@code
 * FAILED} (reading stopped unexpectedly; upload the file again), {@code COMMITTING} (the one commit transaction is
 * running), {@code COMMITTED}, {@code EXPIRED} (never committed; its file was purged after the retention period).
 */
public enum ImportStatus {
    PARSING,
    INVALID,
    READY,
    FAILED,
    COMMITTING,
    COMMITTED,
    EXPIRED;

    /** Whether the import can no longer change by itself (no background work on it). */
    public boolean settled() {
        return this != PARSING && this != COMMITTING;
    }
}
