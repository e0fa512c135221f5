package id.sigap.cases;

import java.util.List;
import java.util.Optional;

/**
 * Case files as other modules (intake) see them: open a case from a triaged report, attach a report to an existing
 * case, and look for persons already registered (triage hints). Callers decide access first through
 * {@link id.sigap.security.AccessPolicy}; results of {@link #similarPersons} are limited to {@code scope}.
 */
public interface CaseFiles {

    /** Opens a case owned by {@code owningAgencyId} in {@code regionCode}; audited. */
    OpenedCase open(NewCase newCase);

    /** Links a report (by its id in the intake module) to an existing case; audited. */
    void attachReport(long caseId, long reportId);

    Optional<CaseSummary> summary(long caseId);

    /**
     * Persons registered in cases within {@code scope} that may be the person described (similar name, same NIK or
     * phone, same region); best first. Never returns anything outside {@code scope}.
     */
    List<PersonHint> similarPersons(PersonProbe probe, id.sigap.security.RegionScope scope, int limit);

    /**
     * The case if {@code user} may read it (region or ownership); {@code case.not-found}
     * (404) or a refusal (403, audited). The read itself is not audited here: callers audit what they show.
     */
    CaseSummary requireReadable(id.sigap.security.SigapUser user, long caseId);

    /** Whether {@code user} may change the case (writers whose scope covers its region). */
    boolean mayWrite(id.sigap.security.SigapUser user, long caseId);

    /** The persons of a case in the given roles (all roles if none), by role and name; not audited here. */
    List<CasePersonRef> persons(long caseId, PersonRole... roles);

    record CasePersonRef(long personId, PersonRole role, boolean child, String displayName, String regionCode) {}

    record NewCase(
            long owningAgencyId,
            String regionCode,
            String summary,
            Long reportId,
            Long assignedCaseWorkerId,
            boolean childInvolved,
            boolean abroad) {}

    record OpenedCase(long id, String caseNumber) {}

    record CaseSummary(long id, String caseNumber, String regionCode, long owningAgencyId, String status) {}

    record PersonProbe(String name, String nik, String phone, String regionCode) {}

    record PersonHint(
            long personId,
            long caseId,
            String caseNumber,
            String displayName,
            String regionCode,
            String matchedOn,
            double score) {}
}
