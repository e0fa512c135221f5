package id.sigap.cases.web;

import id.sigap.cases.internal.JusticeInput;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the justice forms from request parameters; text that is not a number or date is a field problem. */
final class JusticeForms {

    private final Map<String, String> params;
    private final List<FieldProblem> problems = new ArrayList<>();

    private JusticeForms(Map<String, String> params) {
        this.params = params;
    }

    static JusticeInput.Report report(Map<String, String> p) {
        JusticeForms f = new JusticeForms(p);
        var r = new JusticeInput.Report(
                f.text("lpNumber"),
                f.number("policeAgencyId"),
                f.date("reportDate"),
                f.date("investigationStart"),
                f.text("investigationStatus"),
                f.version());
        return f.done(r);
    }

    static JusticeInput.Charge charge(Map<String, String> p) {
        JusticeForms f = new JusticeForms(p);
        return new JusticeInput.Charge(f.text("law"), f.text("article"));
    }

    static JusticeInput.Prosecution prosecution(Map<String, String> p) {
        JusticeForms f = new JusticeForms(p);
        return f.done(new JusticeInput.Prosecution(f.date("date"), f.text("prosecutorOffice"), f.version()));
    }

    static JusticeInput.Verdict verdict(Map<String, String> p) {
        JusticeForms f = new JusticeForms(p);
        var v = new JusticeInput.Verdict(
                f.date("date"),
                f.text("court"),
                f.months("prisonMonths"),
                f.number("fine"),
                f.months("substituteDetentionMonths"),
                f.number("victimPersonId"),
                f.number("restitutionDemanded"),
                f.number("restitutionOrdered"),
                f.number("restitutionPaid"),
                f.version());
        return f.done(v);
    }

    static JusticeInput.Appeal appeal(Map<String, String> p) {
        JusticeForms f = new JusticeForms(p);
        return f.done(new JusticeInput.Appeal(f.text("level"), f.date("date"), f.text("outcome")));
    }

    private <T> T done(T value) {
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
        return value;
    }

    private String text(String name) {
        return Forms.blank(params.get(name));
    }

    private Long number(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return Long.valueOf(s.replace(".", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "justice.number-format"));
            return null;
        }
    }

    /** The hidden version of the form; a tampered value counts as stale (no version matches it). */
    private Integer version() {
        String s = text("version");
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Integer months(String name) {
        Long n = number(name);
        if (n != null && (n > 12_000 || n < -12_000)) {
            problems.add(new FieldProblem(name, "justice.number-format"));
            return null;
        }
        return n == null ? null : n.intValue();
    }

    private LocalDate date(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "justice.date-format"));
            return null;
        }
    }
}
