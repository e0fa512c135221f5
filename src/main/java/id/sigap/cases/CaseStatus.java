package id.sigap.cases;

/** Lifecycle of a case: open → in handling → closed (with a reason) → reopened → … */
public enum CaseStatus {
    OPEN,
    IN_HANDLING,
    CLOSED,
    REOPENED;

    public String labelKey() {
        return "cases.status." + name();
    }
}
