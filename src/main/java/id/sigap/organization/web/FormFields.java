package id.sigap.organization.web;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reads form text into typed values, collecting a problem per bad field instead of failing on the first one, so a
 * form can show every message at once and never answers bad input with a server error.
 */
final class FormFields {

    private final List<FieldProblem> problems = new ArrayList<>();

    LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "field.type"));
            return null;
        }
    }

    Long id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "field.type"));
            return null;
        }
    }

    int version(String text) {
        Long v = id("version", text);
        return v == null ? -1 : v.intValue();
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "field.invalid"));
            return null;
        }
    }

    /** Builds the command; parse problems and the command's own problems are reported together. */
    <T> T build(Supplier<T> command) {
        T result = null;
        List<FieldProblem> all = new ArrayList<>(problems);
        try {
            result = command.get();
        } catch (SigapException.Invalid e) {
            for (FieldProblem p : e.problems()) {
                if (all.stream().noneMatch(q -> q.field().equals(p.field()))) {
                    all.add(p);
                }
            }
        }
        if (!all.isEmpty()) {
            throw new SigapException.Invalid(all);
        }
        return result;
    }
}
