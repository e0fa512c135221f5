package id.sigap.organization;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One entry of the default sub-task-force list each new task force starts with (editable reference data). */
public record SubTaskForceTemplate(String numeral, int position, String name, boolean active, int version) {

    private static final Pattern ROMAN = Pattern.compile("^[IVXLC]{1,8}$");

    public SubTaskForceTemplate {
        numeral = numeral == null ? null : numeral.strip().toUpperCase(java.util.Locale.ROOT);
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
        if (position < 0 || position > 999) {
            problems.add(new FieldProblem("position", "field.range"));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }
}
