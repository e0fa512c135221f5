package id.sigap.security;

/** Roles a user can hold; each is granted at a region scope (see {@link Grant}). */
public enum Role {
    SYSTEM_ADMIN,
    TASKFORCE_SECRETARY,
    INTAKE_OFFICER,
    CASE_WORKER,
    INVESTIGATOR,
    ANALYST,
    /** Read-only: searches and verifies the audit log within the scope. */
    AUDITOR;

    /** Message key of the role's label in the bundles. */
    public String labelKey() {
        return "role." + name();
    }
}
