package id.sigap.analytics.internal;

import id.sigap.analytics.internal.StandardReport.Line;
import id.sigap.analytics.internal.StandardReport.Section;
import id.sigap.analytics.internal.StandardReports.Figures;
import id.sigap.analytics.internal.StandardReports.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The UNODC GLOTIP questionnaire's tables: offences recorded, persons brought into formal contact, prosecuted and
 * convicted, and detected victims by sex-age group, form of exploitation and citizenship, and where they were
 * exploited (domestic or the first foreign country).
 */
final class GlotipSections {

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
        out.add(new Section(
                "PERSONS",
                t.text("analytics.report.section.PERSONS"),
                count,
                List.of(
                        new Line(
                                "FORMAL_CONTACT",
                                t.text("analytics.report.line.FORMAL_CONTACT"),
                                List.of(f.get(Measure.FUNNEL, "SUSPECTS"))),
                        funnel("PROSECUTIONS"),
                        funnel("CONVICTIONS"))));
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

    private Line funnel(String code) {
        return new Line(code, view.label(Measure.FUNNEL, code, t.locale()), List.of(f.get(Measure.FUNNEL, code)));
    }
}
