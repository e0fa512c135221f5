package id.sigap.cases;

/**
 * Access to a case that another module grants an agency outside the case's region and ownership, e.g. an accepted
 * referral that shares a person's data (implemented by the support module). Cases consults every implementation
 * when deciding whether a user may read a case; a grant ends as soon as the implementation stops reporting it.
 */
public interface AccessGrants {

    /** True while something grants {@code agencyId} reading access to case {@code caseId}. */
    boolean grantsCase(long agencyId, long caseId);
}
