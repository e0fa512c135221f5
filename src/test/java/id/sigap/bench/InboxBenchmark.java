package id.sigap.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * The work inbox of an agency with 10,000 open service items, read by its 20 signed-in staff over loopback HTTP
 * (p95 <= 100 ms, issue 5), with the same SQL by raw JDBC as the baseline. Run: {@code ./sigap bench inbox} (data
 * folder as for {@code ./sigap bench national}: {@code SIGAP_DATA_DIR}, else /tmp/sigap-national, else a throwaway
 * one). Writes the section {@code inbox} of docs/benchmarks.md; exits 1 when the target is missed.
 */
public final class InboxBenchmark {

    static final double P95_MS = 100;

    private InboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        Harness.Settings settings = Harness.Settings.fromEnvironment();
        Path dataDir = Harness.dataDir();
        boolean throwaway = dataDir.getFileName().toString().startsWith("sigap-bench-data");
        double loadBefore = Sections.loadAverage();
        boolean met;
        try (SigapProcess sigap = SigapProcess.start(dataDir, Harness.USERS);
                HikariDataSource db = sigap.database(Harness.USERS + 2)) {
            boolean national = persons(db) >= Harness.NATIONAL_PERSONS;
            var ctx = new Harness.Context("./sigap bench inbox", sigap, db, dataDir, national, settings, loadBefore);
            long t0 = System.nanoTime();
            InboxScenario scenario =
                    InboxScenario.prepare(sigap.base, db, sigap.users, sigap.password, InboxScenario.OPEN_ITEMS);
            double seedSeconds = (System.nanoTime() - t0) / 1e9;
            scenario.http(0, 0);
            Load.Plan plan = settings.users();
            System.out.println("Inbox over HTTP: " + plan.describe());
            Load.Result http = Load.run(plan, scenario::http);
            System.out.println("Baseline: the same SQL by JDBC");
            Load.Result jdbc = Load.run(plan, scenario::jdbc);
            Histogram h = http.byKind().getOrDefault(InboxScenario.KIND, new Histogram(Load.HIGHEST_MICROS, 3));
            Histogram b = jdbc.byKind().getOrDefault(InboxScenario.BASELINE, new Histogram(Load.HIGHEST_MICROS, 3));
            double p95 = Figures.p95Ms(h);
            met = http.errors() == 0 && h.getTotalCount() > 0 && p95 <= P95_MS && sigap.alive();
            String section = String.join(
                    "\n",
                    "## Work inbox of an agency with 10,000 open items (`inbox`)",
                    "",
                    String.format(
                            Locale.ROOT,
                            "Issue target: p95 <= %.0f ms. Result: **%s** (p95 %.1f ms)%s.",
                            P95_MS,
                            met ? "met" : "NOT met",
                            p95,
                            http.errors() == 0 ? "" : ", " + http.errors() + " failed requests: " + http.firstError()),
                    "",
                    ctx.commonLines(),
                    String.format(
                            Locale.ROOT,
                            "- Inbox: the benchmark's agency (%s) holds %,d open service items with a deadline"
                                    + " (%,d added by this run in %.1f s by one SQL statement, deterministic: applied"
                                    + " 0–29 days ago by item number, so about three quarters are overdue), for"
                                    + " victims of cases of province %s in id order",
                            "id " + scenario.agencyId,
                            InboxScenario.OPEN_ITEMS,
                            scenario.added,
                            seedSeconds,
                            sigap.province),
                    "- Users: " + Harness.USERS + " investigators of that agency, each signed in through the login"
                            + " form with its own session; " + plan.describe() + "; each request is `GET /api/v1/inbox`"
                            + " (six counts, the referrals waiting, the first 100 overdue and 100 running items, the"
                            + " visits, the latest 20 notifications, as JSON)",
                    "- Baseline: the same SQL by raw JDBC from the same number of threads (counts and lists), without"
                            + " HTTP, session, access decisions, agency names and JSON",
                    "",
                    Figures.header(),
                    Figures.row("**inbox over HTTP**", h, http.seconds()),
                    Figures.row("baseline: the same SQL by JDBC", b, jdbc.seconds()),
                    "");
            System.out.println(section);
            Sections.write("inbox", section);
        } finally {
            if (throwaway) {
                delete(dataDir);
            }
        }
        if (!met) {
            System.err.println("The inbox target was missed: see docs/benchmarks.md");
            System.exit(1);
        }
    }

    private static long persons(HikariDataSource db) throws Exception {
        try (var c = db.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM cases.person")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
