package id.sigap.analytics.internal;

import id.sigap.analytics.internal.ReportTables.Extra;
import id.sigap.analytics.internal.StandardReport.Line;
import id.sigap.analytics.internal.StandardReport.Section;
import id.sigap.analytics.internal.StandardReports.Figures;
import id.sigap.analytics.internal.StandardReports.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * SDG indicator 16.2.2: detected victims per 100,000 population, in total and by sex-age group and form of
 * exploitation. Every rate is per 100,000 of the area's whole population (the region data has no population by sex
 * and age), as the figures the dashboard's map shows.
 */
final class SdgSections {

    private final Figures f;
    private final DashboardView view;
    private final Texts t;

    SdgSections(Figures f, DashboardView view, Texts t) {
        this.f = f;
        this.view = view;
        this.t = t;
    }

    List<Section> sections(Long population) {
        List<Extra> rate = List.of(new Extra(t.text("analytics.column.rate"), n -> rate(n, population)));
        List<Section> out = new ArrayList<>();
        long victims = f.get(Measure.VICTIMS, "ALL");
        List<Number> total = new ArrayList<>();
        total.add(victims);
        total.add(population);
        total.add(rate(victims, population));
        out.add(new Section(
                "INDICATOR",
                t.text("analytics.report.section.INDICATOR"),
                List.of(
                        t.text("analytics.report.column.victims"),
                        t.text("analytics.report.column.population"),
                        t.text("analytics.column.rate")),
                List.of(new Line("TOTAL", t.text("analytics.report.line.TOTAL"), total))));
        out.add(ReportTables.sexAge(f, view, t, rate));
        List<Line> forms = new ArrayList<>();
        f.of(Measure.FORM)
                .forEach((code, n) -> forms.add(
                        new Line(code, view.label(Measure.FORM, code, t.locale()), ReportTables.values(n, rate))));
        out.add(new Section(
                "VICTIMS_FORM",
                t.text("analytics.report.section.VICTIMS_FORM"),
                List.of(t.text("analytics.column.count"), t.text("analytics.column.rate")),
                forms));
        out.add(ReportTables.formSexAge(f, view, t));
        return out;
    }

    /** Victims per 100,000 population, rounded to 4 decimals; null when the population is unknown. */
    static Double rate(long n, Long population) {
        if (population == null || population == 0) {
            return null;
        }
        return Math.round(n * 100_000.0 / population * 10_000) / 10_000.0;
    }
}
