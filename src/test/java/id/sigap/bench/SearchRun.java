package id.sigap.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Name search, NIK search and the case page with 20 signed-in users; then the same queries by JDBC. */
final class SearchRun {

    record Outcome(boolean met, String section, HeapFigures heap) {}

    static final Map<String, Double> TARGETS = Map.of(
            SearchScenario.NAME, Harness.NAME_P95_MS,
            SearchScenario.NIK, Harness.NIK_P95_MS,
            SearchScenario.CASE, Harness.CASE_P95_MS);

    private SearchRun() {}

    static Outcome run(Harness.Context ctx) throws Exception {
        var sigap = ctx.sigap();
        SearchScenario scenario =
                SearchScenario.prepare(sigap.base, ctx.db(), sigap.province, sigap.users, sigap.password, List.of());
        Load.Plan plan = ctx.settings().users();
        System.out.println("Search over HTTP: " + plan.describe() + "; " + scenario.queries.describe());
        long seq0 = Harness.auditSeq(ctx.db());
        Load.Result http = Load.run(plan, scenario::http);
        long audited = Harness.auditSeq(ctx.db()) - seq0;
        HeapFigures heap = sigap.heap();
        System.out.println("Baseline: the same queries by JDBC");
        Load.Result jdbc = Load.run(plan, scenario::jdbc);
        boolean met = http.errors() == 0 && sigap.alive();
        StringBuilder rows = new StringBuilder(Figures.header());
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (String kind : SearchScenario.KINDS) {
            Histogram h = http.byKind().getOrDefault(kind, new Histogram(Load.HIGHEST_MICROS, 3));
            Histogram b = jdbc.byKind().getOrDefault("baseline: " + kind, new Histogram(Load.HIGHEST_MICROS, 3));
            double p95 = Figures.p95Ms(h);
            boolean ok = h.getTotalCount() > 0 && p95 <= TARGETS.get(kind);
            met &= ok;
            verdicts.put(
                    kind,
                    String.format(
                            Locale.ROOT,
                            "p95 <= %.0f ms: **%s** (%.1f ms)",
                            TARGETS.get(kind),
                            ok ? "met" : "NOT met",
                            p95));
            rows.append('\n').append(Figures.row("**" + kind + "**", h, http.seconds()));
            rows.append('\n').append(Figures.row("baseline: the same queries by JDBC", b, jdbc.seconds()));
        }
        StringBuilder targets = new StringBuilder();
        verdicts.forEach(
                (k, v) -> targets.append("- ").append(k).append(": ").append(v).append('\n'));
        String section = String.join(
                "\n",
                "## Name search, NIK search and case page with " + Harness.USERS + " signed-in users (`search`)",
                "",
                "Issue targets with " + Harness.USERS + " concurrent users. Result: **" + (met ? "met" : "NOT met")
                        + "**"
                        + (http.errors() == 0
                                ? ""
                                : " (" + http.errors() + " failed requests: " + http.firstError() + ")")
                        + ".",
                "",
                targets.toString().stripTrailing(),
                "",
                ctx.commonLines(),
                "- Users: " + Harness.USERS + " investigators (role INVESTIGATOR, scope: province "
                        + sigap.province + ", the province with the most persons), each signed in through the login"
                        + " form with its own session cookie; " + plan.describe() + "; each user sends the three kinds"
                        + " in turn. Every listed person is audited as read, as in production.",
                "- Queries: " + scenario.queries.describe() + "; NIKs learned beforehand from the person API as an"
                        + " investigator sees them (clear).",
                "- Baseline: the same SQL on plain JDBC connections from " + Harness.USERS + " threads with the same"
                        + " think time: the person searches through the application's own query builders"
                        + " (`NameTokens.candidates`, `PersonSearch.namePage`, `PersonSearch.identifierPage`, rendered"
                        + " by jOOQ on the connection: the whole-word candidates, the three-letter fallback when too"
                        + " few, then the page; for the NIK, the blind index looked up beforehand), and the case"
                        + " page's reads as the application sends them (case, persons, their identifiers in one"
                        + " query, notes, elements, code lists, route, pending transfer); without HTTP, session,"
                        + " access decisions, audit entries, decryption and rendering.",
                "",
                rows.toString(),
                "",
                "- Audit: " + Harness.auditPerRequest(audited, http) + " (a search audits every person it"
                        + " lists, the case page the case and each of its persons; the entries are inserted unsealed,"
                        + " without a lock, and chained by the audit sealer; the entries of one request are held and"
                        + " inserted in one statement and one commit, before the response is written)",
                "- Memory of the application during the load: " + heap.describe(),
                "");
        System.out.println(section);
        return new Outcome(met, section, heap);
    }
}
