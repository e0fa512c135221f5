package id.sigap.plans;

/** Progress of a meeting's follow-up action; tracked until done. */
public enum FollowUpStatus {
    OPEN,
    IN_PROGRESS,
    DONE;

    public String labelKey() {
        return "plans.followup.status." + name();
    }
}
