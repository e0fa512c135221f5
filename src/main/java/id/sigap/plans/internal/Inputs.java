package id.sigap.plans.internal;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects every field problem of a form before refusing it once ({@code validation.failed}, 422). */
final class Inputs {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** The stripped text, or null when blank; a problem when required and blank or longer than {@code max}. */
    String text(String field, String value, int max, boolean required) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v == null && required) {
            problems.add(new FieldProblem(field, "plans.required"));
        } else if (v != null && v.length() > max) {
            problems.add(new FieldProblem(field, "plans.too-long", max));
        }
        return v;
    }

    BigDecimal amount(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "plans.required"));
            }
            return null;
        }
        if (value.signum() < 0) {
            problems.add(new FieldProblem(field, "plans.negative"));
        }
        return value;
    }

    void check(boolean ok, String field, String code, Object... args) {
        if (!ok) {
            problems.add(new FieldProblem(field, code, args));
        }
    }

    void done() {
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }
}
