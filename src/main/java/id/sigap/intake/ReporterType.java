package id.sigap.intake;

/** Who is reporting. */
public enum ReporterType {
    VICTIM,
    FAMILY,
    NEIGHBOUR,
    NGO,
    MIGRANT_WORKER,
    OFFICIAL,
    OTHER,
    ANONYMOUS;

    public String labelKey() {
        return "report.reporter." + name();
    }
}
