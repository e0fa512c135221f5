package id.sigap.plans;

/** National coordination meeting (rakornas), regional coordination meeting (rakor), or another meeting. */
public enum MeetingKind {
    RAKORNAS,
    RAKOR,
    OTHER;

    public String labelKey() {
        return "plans.meeting.kind." + name();
    }
}
