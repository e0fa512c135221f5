package id.sigap.bench;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** The public report submission benchmark: the HTTP load, then its JDBC baseline, then the section. */
final class SubmissionRun {

    record Outcome(boolean met, String section, HeapFigures heap) {}

    private SubmissionRun() {}

    static Outcome run(Harness.Context ctx) throws Exception {
        SubmissionScenario scenario = new SubmissionScenario(ctx.sigap().base, ctx.db());
        Load.Plan plan = ctx.settings().submissions();
        System.out.println("Report submission over HTTP: " + plan.describe());
        long seq0 = Harness.auditSeq(ctx.db());
        Load.Result http = Load.run(plan, scenario::submit);
        long audited = Harness.auditSeq(ctx.db()) - seq0;
        HeapFigures heap = ctx.sigap().heap();
        System.out.println("Baseline: the same insert by JDBC");
        Load.Result jdbc = Load.run(plan, (u, i) -> scenario.baseline(ctx.db(), u, i));
        int removed = scenario.removeBaselineRows(ctx.db());
        double rate = http.throughput();
        boolean met = rate >= Harness.REPORTS_PER_SECOND
                && http.errors() == 0
                && ctx.sigap().alive();
        Histogram h = http.byKind().getOrDefault(SubmissionScenario.KIND, new Histogram(Load.HIGHEST_MICROS, 3));
        Histogram b = jdbc.byKind().getOrDefault(SubmissionScenario.BASELINE, new Histogram(Load.HIGHEST_MICROS, 3));
        String section = String.join(
                "\n",
                "## Public report submission (`submission`)",
                "",
                String.format(
                        Locale.ROOT,
                        "Issue target: >= %.0f reports per second sustained for %d s, over HTTP on loopback. Result:"
                                + " **%s** (%.0f per second on average over %d s, %d failed). Criterion: the"
                                + " completed submissions of the %2$d measured seconds divided by %2$d, no failure;"
                                + " the spread over single seconds is listed below the table.",
                        Harness.REPORTS_PER_SECOND,
                        plan.measured().toSeconds(),
                        met ? "met" : "NOT met",
                        rate,
                        plan.measured().toSeconds(),
                        http.errors()),
                "",
                uncheck(ctx),
                "- Load: `POST /api/v1/reports` (the public JSON contract, anonymous, as the form or a partner"
                        + " sends it) with 500 varied synthetic reports (villages of the hotspot provinces, quick"
                        + " choices, with and without a named person); " + plan.describe() + "; each answer must be"
                        + " 201 with a tracking code. Every report is validated, stored, and audited (one entry in"
                        + " the hash-chained audit log, appended under the chain-head lock) in its own transaction.",
                "- Baseline: the same report row by raw JDBC (`INSERT INTO intake.report … RETURNING id`, autocommit,"
                        + " one transaction each), same concurrency, same duration; without HTTP, JSON, validation,"
                        + " the tracking code, and the audit entry. The " + removed + " baseline rows were deleted"
                        + " afterwards.",
                "",
                Figures.header(),
                Figures.row("**" + SubmissionScenario.KIND + "** (HTTP, loopback)", h, http.seconds()),
                Figures.row(SubmissionScenario.BASELINE + " (autocommit)", b, jdbc.seconds()),
                "",
                "- Completed submissions per second over HTTP: " + Harness.perSecond(http.perSecond())
                        + (http.firstError() == null ? "" : "; first error: " + http.firstError()),
                "- Baseline per second: " + Harness.perSecond(jdbc.perSecond()),
                "- Audit: " + Harness.auditPerRequest(audited, http),
                "- Memory of the application during the load: " + heap.describe(),
                "");
        System.out.println(section);
        return new Outcome(met, section, heap);
    }

    private static String uncheck(Harness.Context ctx) {
        try {
            return ctx.commonLines();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
