package id.sigap.analytics.internal;

/** What a tally row counts; each is one table (and chart) of the dashboard. */
public enum Measure {
    /** Persons (value ALL), counted once, at their first case. */
    VICTIMS,
    /** Persons by WOMAN, MAN, GIRL, BOY, UNKNOWN. */
    SEX_AGE,
    NATIONALITY,
    ORIGIN,
    /** Persons by form of exploitation (a person may count under several forms). */
    FORM,
    MODUS,
    DESTINATION,
    SUSPECT_ROLE,
    /** Case and justice figures: cases, reports, police reports ... convictions, months, restitution. */
    FUNNEL,
    /** Service items by type and timeliness against the 7-day deadline. */
    SERVICE,
    QUALITY,
    /** Persons by form of exploitation and sex-age group, value {@code FORM|GROUP}: the standard reports' cross-tab. */
    FORM_SEX_AGE,
    /** Suspects by step (SUSPECTS, PROSECUTIONS, CONVICTIONS) and sex, value {@code STEP|F}, {@code |M}, {@code |UNKNOWN}. */
    SUSPECT_SEX,
    /** Suspects by step and nationality (ISO 3166 alpha-2 or UNKNOWN), value {@code STEP|ID}. */
    SUSPECT_NATIONALITY,
    /** Persons by recruitment channel (one per victim record; NONE when not recorded). */
    CHANNEL;

    /** The message key of the table's title. */
    public String titleKey() {
        return "analytics.measure." + name();
    }
}
