package id.sigap.cases.internal;

import id.sigap.cases.CasePersons;
import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CasePersons} on top of the person register and its rules. */
@Service
class RegisteredCasePersons implements CasePersons {

    private final PersonRules rules;
    private final PersonRegister register;
    private final RecruitmentChannels channels;

    RegisteredCasePersons(PersonRules rules, PersonRegister register, RecruitmentChannels channels) {
        this.rules = rules;
        this.register = register;
        this.channels = channels;
    }

    @Override
    public void setRecruitmentChannel(SigapUser user, long caseId, long personId, String channel) {
        channels.set(user, caseId, personId, channel);
    }

    @Override
    public List<FieldProblem> problems(NewPerson person) {
        try {
            rules.check(input(person));
            return List.of();
        } catch (SigapException.Invalid e) {
            return e.problems();
        }
    }

    @Override
    @Transactional
    public long addToCase(SigapUser user, long caseId, NewPerson p, PersonRole role, RoleInProcess roleInProcess) {
        return register.addToCase(user, caseId, input(p), role, roleInProcess);
    }

    private static PersonInput input(NewPerson p) {
        return new PersonInput(
                p.fullName(),
                p.aliases(),
                p.sex(),
                p.birthDate(),
                p.estimatedAge(),
                p.nationality(),
                p.education(),
                p.occupation(),
                p.disability(),
                p.regionCode(),
                p.nik(),
                p.passport(),
                p.phone(),
                p.address());
    }
}
