package id.sigap.intake;

/** Sex of the person at risk as the reporter knows it. */
public enum Sex {
    FEMALE,
    MALE,
    UNKNOWN;

    public String labelKey() {
        return "report.sex." + name();
    }
}
