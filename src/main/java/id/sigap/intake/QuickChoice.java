package id.sigap.intake;

/** The quick choices of the report form: what happened, in a tap. Some raise the urgency. */
public enum QuickChoice {
    JOB_OFFER_ABROAD,
    DOCUMENTS_HELD,
    DEBT,
    LOCKED_IN,
    RECRUITED_ONLINE,
    SEXUAL_EXPLOITATION,
    CHILD_INVOLVED,
    ABROAD_NEEDS_HELP,
    IMMEDIATE_DANGER;

    public String labelKey() {
        return "report.choice." + name();
    }
}
