package id.sigap.support;

/** Who consented to sharing a person's data: the person, a parent or guardian, or a legal representative. */
public enum ConsentGiver {
    PERSON,
    PARENT_GUARDIAN,
    LEGAL_REPRESENTATIVE;

    public String labelKey() {
        return "support.consent.giver." + name();
    }
}
