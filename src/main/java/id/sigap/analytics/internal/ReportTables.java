package id.sigap.analytics.internal;

import id.sigap.analytics.internal.StandardReport.Line;
import id.sigap.analytics.internal.StandardReport.Section;
import id.sigap.analytics.internal.StandardReports.Figures;
import id.sigap.analytics.internal.StandardReports.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/** The tables several standard reports share: victims by sex and age, and by form of exploitation and sex-age. */
final class ReportTables {

    private ReportTables() {}

    /**
     * Victims by sex-age group (women, girls, men, boys, unknown) and a total line; each extra column is computed
     * from the count by its function (e.g. a rate per 100,000).
     */
    static Section sexAge(Figures f, DashboardView view, Texts t, List<Extra> extras) {
        List<String> columns = new ArrayList<>();
        columns.add(t.text("analytics.column.count"));
        extras.forEach(e -> columns.add(e.title()));
        List<Line> lines = new ArrayList<>();
        for (String g : StandardReports.GROUPS) {
            lines.add(
                    new Line(g, view.label(Measure.SEX_AGE, g, t.locale()), values(f.get(Measure.SEX_AGE, g), extras)));
        }
        lines.add(new Line(
                "TOTAL", t.text("analytics.report.line.TOTAL"), values(f.get(Measure.VICTIMS, "ALL"), extras)));
        return new Section("VICTIMS_SEX_AGE", t.text("analytics.report.section.VICTIMS_SEX_AGE"), columns, lines);
    }

    /** Victims by form of exploitation (rows) and sex-age group (columns), with the persons of each form. */
    static Section formSexAge(Figures f, DashboardView view, Texts t) {
        Map<String, long[]> byForm = new LinkedHashMap<>();
        f.of(Measure.FORM).keySet().forEach(form -> byForm.put(form, new long[StandardReports.GROUPS.size() + 1]));
        f.of(Measure.FORM_SEX_AGE).forEach((code, n) -> {
            String[] parts = code.split("\\|", 2);
            long[] row = byForm.computeIfAbsent(parts[0], k -> new long[StandardReports.GROUPS.size() + 1]);
            int i = StandardReports.GROUPS.indexOf(parts.length > 1 ? parts[1] : "UNKNOWN");
            row[i < 0 ? StandardReports.GROUPS.size() - 1 : i] += n;
            row[StandardReports.GROUPS.size()] += n;
        });
        List<String> columns = new ArrayList<>();
        StandardReports.GROUPS.forEach(g -> columns.add(view.label(Measure.SEX_AGE, g, t.locale())));
        columns.add(t.text("analytics.report.line.TOTAL"));
        List<Line> lines = new ArrayList<>();
        byForm.forEach((form, row) -> {
            List<Number> values = new ArrayList<>();
            for (long n : row) {
                values.add(n);
            }
            lines.add(new Line(form, view.label(Measure.FORM, form, t.locale()), values));
        });
        return new Section(
                "VICTIMS_FORM_SEX_AGE", t.text("analytics.report.section.VICTIMS_FORM_SEX_AGE"), columns, lines);
    }

    /** An extra column: its title and how it follows from the count. */
    record Extra(String title, LongFunction<Number> value) {}

    static List<Number> values(long n, List<Extra> extras) {
        List<Number> out = new ArrayList<>();
        out.add(n);
        extras.forEach(e -> out.add(e.value().apply(n)));
        return out;
    }
}
