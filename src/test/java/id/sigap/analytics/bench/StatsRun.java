package id.sigap.analytics.bench;

import id.sigap.analytics.internal.DashboardQueries;
import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.analytics.internal.MapLayer;
import id.sigap.analytics.internal.Measure;
import id.sigap.analytics.internal.PreventionFigures;
import id.sigap.analytics.internal.StandardReport.Kind;
import id.sigap.analytics.internal.StandardReportFiles;
import id.sigap.analytics.internal.StandardReports;
import id.sigap.security.RegionScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One run of the statistics benchmark: every dashboard query (each table by value, victims by area and by year) at
 * national scope and for one province, and the naive aggregate over the base tables (raw SQL over cases and support,
 * what the dashboard would cost without the fact layer) in the same run. Times in milliseconds.
 */
final class StatsRun {

    private static final String CASES_IN = " FROM cases.case_file cf WHERE extract(year FROM (cf.opened_at AT TIME"
            + " ZONE 'Asia/Jakarta')) BETWEEN ? AND ? AND (? = '' OR cf.region_code = ? OR cf.region_code LIKE ?)";
    private static final String VICTIMS = " FROM cases.case_person cp JOIN cases.case_file cf ON cf.id = cp.case_id"
            + " JOIN cases.person p ON p.id = cp.person_id WHERE cp.role = 'VICTIM' AND extract(year FROM"
            + " (cf.opened_at AT TIME ZONE 'Asia/Jakarta')) BETWEEN ? AND ? AND (? = '' OR cf.region_code = ? OR"
            + " cf.region_code LIKE ?)";

    /** The naive aggregates: counting distinct persons (by NIK where known) straight from the base tables. */
    static final Map<String, String> NAIVE = new LinkedHashMap<>();

    static {
        String person = "coalesce(encode(i.blind_index, 'base64'), p.id::text)";
        String nik = " LEFT JOIN cases.person_identifier i ON i.person_id = p.id AND i.kind = 'NIK'";
        NAIVE.put(
                "victims by sex and age",
                "SELECT p.sex, coalesce(p.estimated_age < 18, cp.child), count(DISTINCT " + person + ")"
                        + VICTIMS.replace(" WHERE", nik + " WHERE") + " GROUP BY 1, 2");
        NAIVE.put(
                "victims by form",
                "SELECT e.code, count(DISTINCT " + person + ")"
                        + VICTIMS.replace(
                                " WHERE",
                                nik + " JOIN cases.case_element e ON e.case_id = cf.id AND e.list ="
                                        + " 'PURPOSE' WHERE")
                        + " GROUP BY 1");
        NAIVE.put(
                "victims by province",
                "SELECT cf.province_code, count(DISTINCT " + person + ")" + VICTIMS.replace(" WHERE", nik + " WHERE")
                        + " GROUP BY 1");
        NAIVE.put(
                "victims by form, sex and age",
                "SELECT e.code, p.sex, coalesce(p.estimated_age < 18, cp.child), count(DISTINCT " + person + ")"
                        + VICTIMS.replace(
                                " WHERE",
                                nik + " JOIN cases.case_element e ON e.case_id = cf.id AND e.list ="
                                        + " 'PURPOSE' WHERE")
                        + " GROUP BY 1, 2, 3");
        NAIVE.put(
                "victims by nationality",
                "SELECT p.nationality, count(DISTINCT " + person + ")" + VICTIMS.replace(" WHERE", nik + " WHERE")
                        + " GROUP BY 1");
        NAIVE.put(
                "victims by destination",
                "SELECT d.destination, count(DISTINCT " + person + ")"
                        + VICTIMS.replace(
                                " WHERE",
                                nik + " LEFT JOIN LATERAL (SELECT r.country_iso2 AS destination FROM"
                                        + " cases.route_event r WHERE r.case_id = cf.id AND r.country_iso2 IS NOT NULL AND"
                                        + " r.stage = 'EXPLOITATION'"
                                        + " ORDER BY r.event_date, r.id LIMIT 1) d ON true WHERE")
                        + " GROUP BY 1");
        NAIVE.put("cases", "SELECT count(*)" + CASES_IN);
        NAIVE.put(
                "justice funnel",
                "SELECT count(*), count(t.investigation_start), count(t.prosecution_date),"
                        + " count(t.verdict_date), sum(t.prison_months) FROM cases.justice_track t WHERE t.case_id IN (SELECT"
                        + " cf.id" + CASES_IN + ")");
        NAIVE.put(
                "services by type",
                "SELECT s.service, s.started_on <= s.due_on, count(*) FROM support.service_item s"
                        + " WHERE s.case_id IN (SELECT cf.id" + CASES_IN + ") GROUP BY 1, 2");
    }

    /**
     * The naive aggregates of the interception and outreach sections: persons added up straight from the records
     * (without the rule that keeps aggregates and records from counting a person twice) and outreach per province.
     */
    static final Map<String, String> PREVENTION_NAIVE = new LinkedHashMap<>();

    static {
        String in = " extract(year FROM %s) BETWEEN ? AND ? AND (? = '' OR region_code = ? OR region_code LIKE ?)";
        PREVENTION_NAIVE.put(
                "interceptions by province",
                "SELECT i.province_code, sum(i.women + i.girls + i.men + i.boys + (SELECT count(*) FROM"
                        + " prevention.intercepted_person p WHERE p.interception_id = i.id)) FROM prevention.interception"
                        + " i WHERE" + in.formatted("i.intercepted_on").replace("region_code", "i.region_code")
                        + " GROUP BY 1");
        PREVENTION_NAIVE.put(
                "outreach by province",
                "SELECT province_code, count(*), count(DISTINCT region_code) FILTER (WHERE level = 'VILLAGE'),"
                        + " sum(women + girls + men + boys) FROM prevention.outreach_activity WHERE"
                        + in.formatted("held_on") + " GROUP BY 1");
    }

    /** The naive aggregates each standard report needs, run one after the other as its baseline. */
    static final Map<Kind, List<String>> NAIVE_REPORTS = Map.of(
            Kind.TIP,
            List.of(
                    "victims by sex and age",
                    "victims by form",
                    "victims by nationality",
                    "justice funnel",
                    "services by type"),
            Kind.GLOTIP,
            List.of(
                    "cases",
                    "justice funnel",
                    "victims by sex and age",
                    "victims by form, sex and age",
                    "victims by nationality",
                    "victims by destination"),
            Kind.SDG_16_2_2,
            List.of("victims by sex and age", "victims by form", "victims by form, sex and age"));

    record Timing(String name, String scope, double p50, double p95, double max) {}

    private final DashboardQueries queries;
    private final DataSource db;
    private final int fromYear;
    private final int toYear;
    private final PreventionFigures prevention;

    StatsRun(DashboardQueries queries, DataSource db, int fromYear, int toYear) {
        this(queries, null, db, fromYear, toYear);
    }

    /** With {@code prevention}: also the interception, outreach and action-plan sections and their map layers. */
    StatsRun(DashboardQueries queries, PreventionFigures prevention, DataSource db, int fromYear, int toYear) {
        this.prevention = prevention;
        this.queries = queries;
        this.db = db;
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    /** The dashboard's queries, {@code rounds} times each after one warm-up, for the scope and region given. */
    List<Timing> dashboard(String label, RegionScope scope, String region, int rounds) {
        Filter f = new Filter(scope, region, fromYear, toYear);
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            all.put(m.name(), () -> queries.byValue(m, f));
        }
        all.put("AREA", () -> queries.byArea(Measure.VICTIMS, "ALL", f));
        all.put("PERIOD", () -> queries.byYear(Measure.VICTIMS, "ALL", f));
        if (prevention != null) {
            for (String name : PreventionFigures.NAMES) {
                all.put(name, () -> prevention.section(name, f, Locale.ROOT));
            }
            all.put("MAP_INTERCEPTIONS", () -> prevention.layer(MapLayer.INTERCEPTIONS, scope, fromYear, toYear));
            all.put("MAP_OUTREACH", () -> prevention.layer(MapLayer.OUTREACH, scope, fromYear, toYear));
        }
        List<Timing> out = new ArrayList<>();
        all.forEach((name, q) -> out.add(time(name, label, rounds, q)));
        return out;
    }

    /** The naive aggregates over the base tables for the region ('' = national). */
    List<Timing> naive(String label, String region, int rounds) {
        List<Timing> out = new ArrayList<>();
        Map<String, String> naive = new LinkedHashMap<>(NAIVE);
        if (prevention != null) {
            naive.putAll(PREVENTION_NAIVE);
        }
        naive.forEach(
                (name, sql) -> out.add(time(name, label, rounds, () -> naiveQuery(sql, region, fromYear, toYear))));
        return out;
    }

    /**
     * Each standard report of {@code year} as the page and the API build it ({@link StandardReports}, then also as
     * XLSX and as PDF), {@code rounds} times after a warm-up, for the scope and region given.
     */
    List<Timing> reports(
            StandardReports reports, StandardReportFiles files, String label, RegionScope scope, int year, int rounds) {
        Locale id = Locale.forLanguageTag("id");
        List<Timing> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            out.add(time("report " + k.slug(), label, rounds, () -> reports.build(k, scope, null, year, id)));
            out.add(time(
                    "report " + k.slug() + " as XLSX",
                    label,
                    rounds,
                    () -> files.xlsx(reports.build(k, scope, null, year, id), id)));
            out.add(time(
                    "report " + k.slug() + " as PDF",
                    label,
                    rounds,
                    () -> files.pdf(reports.build(k, scope, null, year, id), id)));
        }
        return out;
    }

    /** Each standard report's naive baseline: the aggregates it needs over the base tables, one after the other. */
    List<Timing> naiveReports(String label, String region, int year, int rounds) {
        List<Timing> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            out.add(time("report " + k.slug(), label, rounds, () -> {
                int n = 0;
                for (String name : NAIVE_REPORTS.get(k)) {
                    n += naiveQuery(NAIVE.get(name), region, year, year);
                }
                return n;
            }));
        }
        return out;
    }

    private int naiveQuery(String sql, String region, int from, int to) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, from);
            ps.setInt(2, to);
            ps.setString(3, region);
            ps.setString(4, region);
            ps.setString(5, region + ".%");
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timing time(String name, String scope, int rounds, Supplier<Object> query) {
        query.get();
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(
                name,
                scope,
                ms[(int) Math.floor(0.5 * (rounds - 1))],
                ms[(int) Math.ceil(0.95 * (rounds - 1))],
                ms[rounds - 1]);
    }
}
