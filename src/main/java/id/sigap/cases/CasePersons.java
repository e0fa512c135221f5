package id.sigap.cases;

import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.util.List;

/**
 * Persons in cases as other modules (the bulk import) see them: check a person's details without saving, and register
 * a person in a case with the same rules, access checks, identifier encryption and audit as the case file page.
 */
public interface CasePersons {

    /** The education codes a person's {@code education} may hold. */
    List<String> EDUCATION = List.of("NONE", "SD", "SMP", "SMA", "DIPLOMA", "S1", "S2", "S3", "UNKNOWN");

    /** Every problem with the details (field names as in {@link NewPerson}); empty when valid. Nothing is saved. */
    List<FieldProblem> problems(NewPerson person);

    /**
     * Registers a new person for the user's agency and adds them to the case in {@code role}; refused unless the user
     * may write cases in the case's region; audited as the case file page does.
     */
    long addToCase(SigapUser user, long caseId, NewPerson person, PersonRole role, RoleInProcess roleInProcess);

    /**
     * Sets the recruitment channel (a code of the CHANNEL list; blank clears) of a victim of the case; refused unless
     * the user may write the case; an unknown code or a person who is not a victim of the case is invalid.
     */
    void setRecruitmentChannel(SigapUser user, long caseId, long personId, String channel);

    record NewPerson(
            String fullName,
            String aliases,
            String sex,
            LocalDate birthDate,
            Integer estimatedAge,
            String nationality,
            String education,
            String occupation,
            String disability,
            String regionCode,
            String nik,
            String passport,
            String phone,
            String address) {}
}
