package id.sigap.prevention.web;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Request values as typed: blank is absent, a malformed one is a field problem collected into {@code problems}. */
final class Params {

    private Params() {}

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static LocalDate date(String s, String field, List<FieldProblem> problems) {
        String v = blank(s);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "prevention.date-invalid"));
            return null;
        }
    }

    static Integer number(String s, String field, List<FieldProblem> problems) {
        String v = blank(s);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "prevention.number-invalid"));
            return null;
        }
    }

    static int count(String s, String field, List<FieldProblem> problems) {
        Integer n = number(s, field, problems);
        if (n != null && n < 0) {
            problems.add(new FieldProblem(field, "prevention.number-invalid"));
            return 0;
        }
        return n == null ? 0 : n;
    }

    static Integer year(String s) {
        String v = blank(s);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{4}")) {
            throw new SigapException.Invalid("year", "prevention.year-invalid");
        }
        return Integer.valueOf(v);
    }

    static String region(String s) {
        String v = blank(s);
        if (v != null && !v.matches("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?")) {
            throw new SigapException.Invalid("region", "prevention.region-unknown");
        }
        return v;
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }
}
