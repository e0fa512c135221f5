package id.sigap.organization;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A sub-task force added to a task force from {@code validFrom}. */
public record NewSubTaskForce(
        String numeral, String name, Long coordinatingAgencyId, LocalDate validFrom, LocalDate validTo) {

    private static final Pattern ROMAN = Pattern.compile("^[IVXLC]{1,8}$");

    public NewSubTaskForce {
        numeral = numeral == null ? null : numeral.strip().toUpperCase(Locale.ROOT);
        name = Texts.clean(name);
        List<FieldProblem> problems = new ArrayList<>();
        if (numeral == null || !ROMAN.matcher(numeral).matches()) {
            problems.add(new FieldProblem("numeral", "taskforce.numeral-invalid"));
        }
        if (name == null) {
            problems.add(new FieldProblem("name", "field.required"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "field.size"));
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
