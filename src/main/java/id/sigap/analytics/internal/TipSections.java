package id.sigap.analytics.internal;

import id.sigap.analytics.internal.StandardReport.Line;
import id.sigap.analytics.internal.StandardReport.Section;
import id.sigap.analytics.internal.StandardReports.Figures;
import id.sigap.analytics.internal.StandardReports.Texts;
import id.sigap.prevention.InterceptionCounts;
import id.sigap.prevention.SexAge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The US TIP report's figures: prosecution (law enforcement), protection (victims identified, services) and
 * prevention (interceptions of non-procedural migrant-worker candidates).
 */
final class TipSections {

    static final List<String> LAW_ENFORCEMENT = List.of(
            "CASES",
            "POLICE_REPORTS",
            "SUSPECTS",
            "INVESTIGATIONS",
            "PROSECUTIONS",
            "VERDICTS",
            "CONVICTIONS",
            "PRISON_MONTHS",
            "RESTITUTION_ORDERED",
            "RESTITUTION_PAID");

    private final Figures f;
    private final DashboardView view;
    private final Texts t;

    TipSections(Figures f, DashboardView view, Texts t) {
        this.f = f;
        this.view = view;
        this.t = t;
    }

    List<Section> sections(InterceptionCounts.Counts stops) {
        List<Section> out = new ArrayList<>();
        List<String> count = List.of(t.text("analytics.column.count"));
        List<Line> law = new ArrayList<>();
        for (String code : LAW_ENFORCEMENT) {
            law.add(new Line(code, view.label(Measure.FUNNEL, code, t.locale()), List.of(f.get(Measure.FUNNEL, code))));
        }
        long convictions = f.get(Measure.FUNNEL, "CONVICTIONS");
        law.add(new Line(
                "AVERAGE_PRISON_MONTHS",
                t.text("analytics.report.line.AVERAGE_PRISON_MONTHS"),
                List.of(convictions == 0 ? 0.0 : f.get(Measure.FUNNEL, "PRISON_MONTHS") / (double) convictions)));
        law.add(new Line(
                "OFFICIALS",
                t.text("analytics.report.line.OFFICIALS"),
                List.of(f.get(Measure.SUSPECT_ROLE, "COMPLICIT_OFFICIAL"))));
        out.add(new Section("LAW_ENFORCEMENT", t.text("analytics.report.section.LAW_ENFORCEMENT"), count, law));
        out.add(ReportTables.sexAge(f, view, t, List.of()));
        out.add(new Section(
                "VICTIMS_FORM",
                t.text("analytics.report.section.VICTIMS_FORM"),
                count,
                StandardReports.lines(f.of(Measure.FORM), Measure.FORM, view, t.locale())));
        out.add(new Section(
                "VICTIMS_NATIONALITY",
                t.text("analytics.report.section.VICTIMS_NATIONALITY"),
                count,
                StandardReports.lines(f.of(Measure.NATIONALITY), Measure.NATIONALITY, view, t.locale())));
        out.add(services());
        out.add(interceptions(stops, count));
        return out;
    }

    /** Service items by type: all, and started within the deadline. */
    private Section services() {
        Map<String, long[]> byType = new TreeMap<>();
        f.of(Measure.SERVICE).forEach((code, n) -> {
            String[] parts = code.split(":", 2);
            long[] sums = byType.computeIfAbsent(parts[0], k -> new long[2]);
            sums[0] += n;
            if (parts.length > 1 && "ON_TIME".equals(parts[1])) {
                sums[1] += n;
            }
        });
        List<Line> lines = new ArrayList<>();
        byType.forEach((type, sums) ->
                lines.add(new Line(type, t.text("support.service." + type), List.of(sums[0], sums[1]))));
        return new Section(
                "SERVICES",
                t.text("analytics.report.section.SERVICES"),
                List.of(t.text("analytics.report.column.items"), t.text("analytics.report.column.on-time")),
                lines);
    }

    private Section interceptions(InterceptionCounts.Counts c, List<String> count) {
        List<Line> lines = new ArrayList<>();
        lines.add(line("INTERCEPTED_PERSONS", c.persons()));
        lines.add(line("INTERCEPTIONS", c.interceptions()));
        lines.add(line("INTERCEPTED_VICTIMS", c.victimsIdentified()));
        lines.add(line("INTERCEPTED_SENT_HOME", c.sentHome()));
        lines.add(line("INTERCEPTED_AGGREGATE_ONLY", c.aggregateOnlyPersons()));
        for (SexAge g : SexAge.values()) {
            lines.add(new Line(
                    "INTERCEPTED_" + g.name(),
                    t.text("analytics.report.line.INTERCEPTED_SEX_AGE", t.text("prevention.sexage." + g.name())),
                    List.of(c.bySexAge().getOrDefault(g, 0L))));
        }
        return new Section("INTERCEPTIONS", t.text("analytics.report.section.INTERCEPTIONS"), count, lines);
    }

    private Line line(String code, long n) {
        return new Line(code, t.text("analytics.report.line." + code), List.of(n));
    }
}
