package id.sigap.support;

/**
 * The six services of the SOP for integrated services to trafficking victims and witnesses (Permen PPPA 8/2021).
 * Health and social rehabilitation, repatriation and social reintegration are the rights of UU 21/2007 Pasal 51,
 * owed within 7 days of the application (Pasal 52); first aid for trauma or illness likewise (Pasal 53).
 */
public enum ServiceType {
    COMPLAINT_IDENTIFICATION(false),
    HEALTH_REHABILITATION(true),
    SOCIAL_REHABILITATION(true),
    LEGAL(false),
    REPATRIATION(true),
    SOCIAL_REINTEGRATION(true);

    private final boolean statutoryDeadline;

    ServiceType(boolean statutoryDeadline) {
        this.statutoryDeadline = statutoryDeadline;
    }

    /** Whether UU 21/2007 Pasal 52 sets a deadline after the application. */
    public boolean hasStatutoryDeadline() {
        return statutoryDeadline;
    }

    public String labelKey() {
        return "support.service." + name();
    }

    /** The service named {@code name}, or {@code support.service-unknown} (422) for {@code field}. */
    public static ServiceType parse(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new id.sigap.shared.SigapException.Invalid(field, "support.service-required");
        }
        try {
            return valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new id.sigap.shared.SigapException.Invalid(field, "support.service-unknown");
        }
    }
}
