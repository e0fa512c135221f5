package id.sigap.intake;

/** How a report reached Sigap. */
public enum Channel {
    PUBLIC_WEB,
    HOTLINE_SAPA129,
    WALK_IN,
    POLICE,
    AGENCY_REFERRAL,
    MEDIA;

    public String labelKey() {
        return "report.channel." + name();
    }
}
