package id.sigap.prevention;

/** Topics of outreach and awareness activities. */
public enum OutreachTopic {
    SAFE_MIGRATION,
    ONLINE_RECRUITMENT,
    FINANCIAL_LITERACY,
    CHILD_PROTECTION,
    CHILD_MARRIAGE,
    VICTIM_SERVICES,
    LAW_UU21,
    OTHER;

    public String labelKey() {
        return "prevention.topic." + name();
    }
}
