package id.sigap.plans;

/** The review path of a quarterly progress report: submitted → reviewed → approved, or returned with a reason. */
public enum ReportStatus {
    SUBMITTED,
    REVIEWED,
    APPROVED,
    RETURNED;

    public String labelKey() {
        return "plans.report.status." + name();
    }
}
