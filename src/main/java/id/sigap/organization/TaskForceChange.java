package id.sigap.organization;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Corrects a task force's name or legal basis, or ends it ({@code validTo}) at {@code version}. Region and level never
 * change: a task force of another region is another task force.
 */
public record TaskForceChange(String name, LegalBasis legalBasis, LocalDate validFrom, LocalDate validTo, int version) {

    public TaskForceChange {
        name = Texts.clean(name);
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null) {
            problems.add(new FieldProblem("name", "field.required"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "field.size"));
        }
        problems.addAll(
                legalBasis == null
                        ? List.of(new FieldProblem("decreeNumber", "field.required"))
                        : legalBasis.problems());
        if (validFrom == null) {
            problems.add(new FieldProblem("validFrom", "field.required"));
        } else if (validTo != null && validTo.isBefore(validFrom)) {
            problems.add(new FieldProblem("validTo", "period.end-before-start"));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }

    public Period validity() {
        return new Period(validFrom, validTo);
    }
}
