package id.sigap.dataimport.internal;

/**
 * The columns of the import template, in template order. One row is one person in a case; rows with the same case key
 * form one case (its case and report columns are taken from the first row and must agree on the others). Header
 * labels are in the bundle ({@code import.column.<key>}); a header may be the label in either language or the key.
 */
public enum Column {
    CASE_KEY("case_key", Kind.TEXT, true, 100),
    CASE_REGION("case_region", Kind.REGION, true, 100),
    CASE_SUMMARY("case_summary", Kind.TEXT, false, 4000),
    CHILD_INVOLVED("child_involved", Kind.YES_NO, false, 10),
    ABROAD("abroad", Kind.YES_NO, false, 10),
    REPORT_CHANNEL("report_channel", Kind.CODE, false, 40),
    REPORT_DESCRIPTION("report_description", Kind.TEXT, false, 5000),
    ROLE("role", Kind.CODE, true, 40),
    ROLE_IN_PROCESS("role_in_process", Kind.CODE, false, 40),
    FULL_NAME("full_name", Kind.TEXT, true, 200),
    ALIASES("aliases", Kind.TEXT, false, 500),
    SEX("sex", Kind.CODE, false, 10),
    BIRTH_DATE("birth_date", Kind.DATE, false, 30),
    ESTIMATED_AGE("estimated_age", Kind.NUMBER, false, 10),
    NATIONALITY("nationality", Kind.TEXT, false, 2),
    NIK("nik", Kind.TEXT, false, 30),
    PHONE("phone", Kind.TEXT, false, 30),
    PERSON_REGION("person_region", Kind.REGION, false, 100),
    EDUCATION("education", Kind.CODE, false, 40),
    OCCUPATION("occupation", Kind.TEXT, false, 200),
    /** After the original columns, so that the cell letters of the earlier columns stay as they were. */
    MODUS("modus", Kind.CODE, false, 60),
    /** The victim's recruitment channel (per row, victims only); appended last for the same reason. */
    RECRUITMENT_CHANNEL("recruitment_channel", Kind.CODE, false, 60);

    public enum Kind {
        TEXT,
        REGION,
        YES_NO,
        CODE,
        DATE,
        NUMBER
    }

    private final String key;
    private final Kind kind;
    private final boolean required;
    private final int maxLength;

    Column(String key, Kind kind, boolean required, int maxLength) {
        this.key = key;
        this.kind = kind;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    public String labelKey() {
        return "import.column." + key;
    }

    public String helpKey() {
        return "import.help." + key;
    }

    /** The column with this key, or null. */
    static Column ofKey(String key) {
        for (Column c : values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        return null;
    }
}
