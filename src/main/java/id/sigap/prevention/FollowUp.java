package id.sigap.prevention;

/** What happened to an intercepted person: not yet decided, sent home, or identified as a victim (a case is opened). */
public enum FollowUp {
    PENDING,
    SENT_HOME,
    VICTIM;

    public String labelKey() {
        return "prevention.followup." + name();
    }
}
