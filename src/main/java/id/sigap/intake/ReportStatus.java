package id.sigap.intake;

/** Where a report stands. The public sees only this label (and the date it changed). */
public enum ReportStatus {
    RECEIVED,
    IN_TRIAGE,
    /** A case was opened or the report attached to one: "ditangani". */
    HANDLED,
    FORWARDED,
    CLOSED;

    public String labelKey() {
        return "report.status." + name();
    }

    public boolean isOpen() {
        return this == RECEIVED || this == IN_TRIAGE;
    }
}
