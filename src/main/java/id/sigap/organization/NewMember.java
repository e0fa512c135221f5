package id.sigap.organization;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An agency joining a task force in {@code role} from {@code validFrom} (to {@code validTo}, inclusive, if known). */
public record NewMember(Long agencyId, MemberRole role, String positionTitle, LocalDate validFrom, LocalDate validTo) {

    public NewMember {
        positionTitle = Texts.clean(positionTitle);
        List<FieldProblem> problems = new ArrayList<>();
        if (agencyId == null) {
            problems.add(new FieldProblem("agencyId", "field.required"));
        }
        if (role == null) {
            problems.add(new FieldProblem("role", "field.required"));
        }
        if (positionTitle != null && positionTitle.length() > 200) {
            problems.add(new FieldProblem("positionTitle", "field.size"));
        }
        if (validFrom == null) {
            problems.add(new FieldProblem("validFrom", "field.required"));
        } else if (validTo != null && validTo.isBefore(validFrom)) {
            problems.add(new FieldProblem("validTo", "period.end-before-start"));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }

    public Period period() {
        return new Period(validFrom, validTo);
    }
}
