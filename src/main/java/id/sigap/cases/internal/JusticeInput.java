package id.sigap.cases.internal;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What investigators give for each stage of the criminal-justice chain, and the field checks on it. */
public final class JusticeInput {

    public static final List<String> INVESTIGATION_STATUSES = List.of("ONGOING", "COMPLETE", "STOPPED");
    public static final List<String> APPEAL_LEVELS = List.of("BANDING", "KASASI", "PENINJAUAN_KEMBALI");
    private static final Pattern LAW = Pattern.compile("(UU|Perppu|PP) \\d{1,4}/\\d{4}");
    private static final Pattern ARTICLE =
            Pattern.compile("Pasal \\d{1,4}[A-Z]?( ayat \\(\\d{1,2}\\))?( huruf [a-z])?");

    private JusticeInput() {}

    /**
     * Police report (laporan polisi) and investigation (penyidikan). {@code version} is the version of the suspect's
     * track the writer saw (null: no police report was recorded yet); the write is refused when it changed since.
     */
    public record Report(
            String lpNumber,
            Long policeAgencyId,
            LocalDate reportDate,
            LocalDate investigationStart,
            String investigationStatus,
            Integer version) {}

    /** A charge: a free (law, article) pair such as ("UU 21/2007", "Pasal 4"). */
    public record Charge(String law, String article) {

        /** Normalised: spaces collapsed, "pasal 4" → "Pasal 4", "4" → "Pasal 4". */
        public Charge normalised() {
            String l = law == null ? null : law.strip().replaceAll("\\s+", " ");
            String a = article == null ? null : article.strip().replaceAll("\\s+", " ");
            if (a != null && a.toLowerCase(Locale.ROOT).startsWith("pasal ")) {
                a = "Pasal " + a.substring(6);
            } else if (a != null && !a.isEmpty() && Character.isDigit(a.charAt(0))) {
                a = "Pasal " + a;
            }
            return new Charge(l, a);
        }
    }

    /** {@code version}: the version of the track the writer saw (compared, see {@link Report}). */
    public record Prosecution(LocalDate date, String prosecutorOffice, Integer version) {}

    /**
     * A verdict; restitution (demanded, ordered, paid, in rupiah) is for the one victim named, if any.
     * {@code version}: the version of the track the writer saw (compared, see {@link Report}).
     */
    public record Verdict(
            LocalDate date,
            String court,
            Integer prisonMonths,
            Long fine,
            Integer substituteDetentionMonths,
            Long victimPersonId,
            Long restitutionDemanded,
            Long restitutionOrdered,
            Long restitutionPaid,
            Integer version) {}

    public record Appeal(String level, LocalDate date, String outcome) {}

    static void check(Report r, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        text(p, "lpNumber", r.lpNumber(), 100);
        if (r.policeAgencyId() == null) {
            p.add(new FieldProblem("policeAgencyId", "justice.police-unit-required"));
        }
        date(p, "reportDate", r.reportDate(), today, true);
        date(p, "investigationStart", r.investigationStart(), today, false);
        if (r.investigationStart() != null
                && r.reportDate() != null
                && r.investigationStart().isBefore(r.reportDate())) {
            p.add(new FieldProblem("investigationStart", "justice.investigation-before-report"));
        }
        if (r.investigationStatus() != null && !INVESTIGATION_STATUSES.contains(r.investigationStatus())) {
            p.add(new FieldProblem("investigationStatus", "justice.investigation-status-unknown"));
        }
        fail(p);
    }

    static void check(Charge c) {
        List<FieldProblem> p = new ArrayList<>();
        if (c.law() == null || !LAW.matcher(c.law()).matches()) {
            p.add(new FieldProblem("law", "justice.law-format"));
        }
        if (c.article() == null || !ARTICLE.matcher(c.article()).matches()) {
            p.add(new FieldProblem("article", "justice.article-format"));
        }
        fail(p);
    }

    static void check(Prosecution pr, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        date(p, "date", pr.date(), today, true);
        text(p, "prosecutorOffice", pr.prosecutorOffice(), 200);
        fail(p);
    }

    static void check(Verdict v, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        date(p, "date", v.date(), today, true);
        text(p, "court", v.court(), 200);
        if (v.prisonMonths() == null) {
            p.add(new FieldProblem("prisonMonths", "justice.months-required"));
        }
        notNegative(
                p,
                "prisonMonths",
                v.prisonMonths() == null ? null : v.prisonMonths().longValue());
        notNegative(p, "substituteDetentionMonths", toLong(v.substituteDetentionMonths()));
        notNegative(p, "fine", v.fine());
        notNegative(p, "restitutionDemanded", v.restitutionDemanded());
        notNegative(p, "restitutionOrdered", v.restitutionOrdered());
        notNegative(p, "restitutionPaid", v.restitutionPaid());
        boolean restitution =
                v.restitutionDemanded() != null || v.restitutionOrdered() != null || v.restitutionPaid() != null;
        if (restitution && v.victimPersonId() == null) {
            p.add(new FieldProblem("victimPersonId", "justice.victim-required"));
        }
        fail(p);
    }

    static void check(Appeal a, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (a.level() == null || !APPEAL_LEVELS.contains(a.level())) {
            p.add(new FieldProblem("level", "justice.appeal-level-unknown"));
        }
        date(p, "date", a.date(), today, true);
        if (a.outcome() != null && a.outcome().length() > 500) {
            p.add(new FieldProblem("outcome", "justice.text-too-long", 500));
        }
        fail(p);
    }

    private static Long toLong(Integer i) {
        return i == null ? null : i.longValue();
    }

    private static void text(List<FieldProblem> p, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            p.add(new FieldProblem(field, "justice.required"));
        } else if (value.length() > max) {
            p.add(new FieldProblem(field, "justice.text-too-long", max));
        }
    }

    private static void date(List<FieldProblem> p, String field, LocalDate d, LocalDate today, boolean required) {
        if (d == null && required) {
            p.add(new FieldProblem(field, "justice.date-required"));
        } else if (d != null && d.isAfter(today)) {
            p.add(new FieldProblem(field, "justice.date-future"));
        }
    }

    private static void notNegative(List<FieldProblem> p, String field, Long value) {
        if (value != null && value < 0) {
            p.add(new FieldProblem(field, "justice.negative"));
        }
    }

    private static void fail(List<FieldProblem> p) {
        if (!p.isEmpty()) {
            throw new SigapException.Invalid(p);
        }
    }
}
