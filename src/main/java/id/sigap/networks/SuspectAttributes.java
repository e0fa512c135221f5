package id.sigap.networks;

import java.util.List;

/**
 * What investigators record about a suspect in a case besides his identifiers: social-media accounts, bank accounts,
 * recruitment companies (PT / P3MI) and vehicles. Values are sealed at rest and matched by a keyed blind index of
 * their normalised form.
 */
public interface SuspectAttributes {

    enum Kind {
        SOCIAL_MEDIA,
        BANK_ACCOUNT,
        COMPANY,
        VEHICLE
    }

    /** An attribute of the suspect {@code personId} in case {@code caseId}. */
    record NewAttribute(long caseId, long personId, Kind kind, String value) {
        public NewAttribute {
            if (kind == null || value == null || value.isBlank() || value.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("attribute kind and a value of 1 to " + MAX_LENGTH + " characters");
            }
        }
    }

    int MAX_LENGTH = 200;

    /**
     * Records attributes for a system job (the synthetic generator, an import) inside the caller's transaction: no
     * user, access check or audit here; an attribute already recorded for the suspect in the case is skipped.
     * Returns the number written.
     */
    int recordAll(List<NewAttribute> attributes);
}
