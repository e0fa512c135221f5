package id.sigap.dataimport;

/**
 * Where an import stands: {@code INVALID} (the preview lists problems; a corrected file must be uploaded), {@code
 * READY} (checked, nothing saved yet), {@code COMMITTING} (the one commit transaction is running), {@code COMMITTED}.
 */
public enum ImportStatus {
    INVALID,
    READY,
    COMMITTING,
    COMMITTED
}
