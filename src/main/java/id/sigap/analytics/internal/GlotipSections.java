package id.sigap.analytics.internal;

import id.sigap.analytics.internal.StandardReport.Line;
import id.sigap.analytics.internal.StandardReport.Section;
import id.sigap.analytics.internal.StandardReports.Figures;
import id.sigap.analytics.internal.StandardReports.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The UNODC GLOTIP questionnaire's tables: offences recorded, persons brought into formal contact, prosecuted and
 * convicted, and detected victims by sex-age group, form of exploitation and citizenship, and where they were
 * exploited (domestic or the first foreign country).
 */
final class GlotipSections {

    static final List<String> STEPS = List.of("SUSPECTS", "PROSECUTIONS", "CONVICTIONS");
    static final List<String> SEXES = List.of("F", "M", "UNKNOWN");

    private final Figures f;
    private final DashboardView view;
    private final Texts t;

    GlotipSections(Figures f, DashboardView view, Texts t) {
        this.f = f;
        this.view = view;
        this.t = t;
    }

    List<Section> sections() {
        List<String> count = List.of(t.text("analytics.column.count"));
        List<Section> out = new ArrayList<>();
        out.add(new Section(
                "OFFENCES",
                t.text("analytics.report.section.OFFENCES"),
                count,
                List.of(funnel("CASES"), funnel("POLICE_REPORTS"))));
        out.add(persons());
        out.add(personsByCitizenship());
        out.add(ReportTables.sexAge(f, view, t, List.of()));
        out.add(ReportTables.formSexAge(f, view, t));
        out.add(new Section(
                "VICTIMS_CITIZENSHIP",
                t.text("analytics.report.section.VICTIMS_CITIZENSHIP"),
                count,
                StandardReports.lines(f.of(Measure.NATIONALITY), Measure.NATIONALITY, view, t.locale())));
        out.add(new Section(
                "VICTIMS_DESTINATION",
                t.text("analytics.report.section.VICTIMS_DESTINATION"),
                count,
                StandardReports.lines(f.of(Measure.DESTINATION), Measure.DESTINATION, view, t.locale())));
        return out;
    }

    /** Persons brought into formal contact (suspects), prosecuted and convicted: total, female, male, unknown. */
    private Section persons() {
        List<Line> lines = new ArrayList<>();
        for (String step : STEPS) {
            List<Number> values = new ArrayList<>();
            long total = 0;
            for (String sex : SEXES) {
                long n = f.get(Measure.SUSPECT_SEX, step + "|" + sex);
                values.add(n);
                total += n;
            }
            values.addFirst(total);
            lines.add(new Line(step, t.text("analytics.report.line." + step), values));
        }
        List<String> columns = new ArrayList<>();
        columns.add(t.text("analytics.report.line.TOTAL"));
        SEXES.forEach(sex -> columns.add(t.text("analytics.report.sex." + sex)));
        return new Section("PERSONS", t.text("analytics.report.section.PERSONS"), columns, lines);
    }

    /** The same persons by citizenship (rows) and step (columns). */
    private Section personsByCitizenship() {
        Map<String, long[]> byNationality = new TreeMap<>();
        f.of(Measure.SUSPECT_NATIONALITY).forEach((code, n) -> {
            String[] parts = code.split("\\|", 2);
            int i = STEPS.indexOf(parts[0]);
            if (i >= 0 && parts.length > 1) {
                byNationality.computeIfAbsent(parts[1], k -> new long[STEPS.size()])[i] += n;
            }
        });
        List<Line> lines = new ArrayList<>();
        byNationality.forEach((nat, row) -> {
            List<Number> values = new ArrayList<>();
            for (long n : row) {
                values.add(n);
            }
            lines.add(new Line(nat, view.label(Measure.NATIONALITY, nat, t.locale()), values));
        });
        List<String> columns = STEPS.stream()
                .map(step -> t.text("analytics.report.line." + step))
                .toList();
        return new Section(
                "PERSONS_CITIZENSHIP", t.text("analytics.report.section.PERSONS_CITIZENSHIP"), columns, lines);
    }

    private Line funnel(String code) {
        return new Line(code, view.label(Measure.FUNNEL, code, t.locale()), List.of(f.get(Measure.FUNNEL, code)));
    }
}
