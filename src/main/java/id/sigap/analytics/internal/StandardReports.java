package id.sigap.analytics.internal;

import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.analytics.internal.DashboardQueries.Row;
import id.sigap.analytics.internal.StandardReport.Kind;
import id.sigap.analytics.internal.StandardReport.Line;
import id.sigap.analytics.internal.StandardReport.Section;
import id.sigap.prevention.InterceptionCounts;
import id.sigap.prevention.SexAge;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.security.RegionScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standard reports of a year for a scope (optionally one province or regency within it): the US TIP report's
 * law-enforcement, protection and prevention figures, the UNODC GLOTIP questionnaire's tables and SDG indicator
 * 16.2.2. Built from the dashboards' tallies ({@link DashboardQueries}), so every figure reconciles with the dashboard:
 * persons once, at their first case. Callers decide the scope first.
 */
@Service
public class StandardReports {

    /** The sex-age groups in the order the standards list them. */
    static final List<String> GROUPS = List.of("WOMAN", "GIRL", "MAN", "BOY", "UNKNOWN");

    private final DashboardQueries queries;
    private final DashboardView view;
    private final Regions regions;
    private final InterceptionCounts interceptions;
    private final FactRefresh refresh;
    private final MessageSource messages;
    private final PreventionFigures prevention;

    StandardReports(
            DashboardQueries queries,
            DashboardView view,
            Regions regions,
            InterceptionCounts interceptions,
            FactRefresh refresh,
            MessageSource messages,
            PreventionFigures prevention) {
        this.queries = queries;
        this.view = view;
        this.regions = regions;
        this.interceptions = interceptions;
        this.refresh = refresh;
        this.messages = messages;
        this.prevention = prevention;
    }

    /** The report of {@code year} for the scope, narrowed to {@code region} (null: the whole scope). */
    @Transactional(readOnly = true)
    public StandardReport build(Kind kind, RegionScope scope, String region, int year, Locale locale) {
        Texts t = new Texts(messages, locale);
        Filter filter = new Filter(scope, region, year, year);
        Figures f = new Figures(queries, filter);
        String prefix = "analytics.report." + kind.slug() + ".";
        List<Section> sections =
                switch (kind) {
                    case TIP -> {
                        List<Section> tip = new ArrayList<>(
                                new TipSections(f, view, t).sections(interceptions(scope, region, year)));
                        // prevention, as the TIP report asks: awareness activities and the national/regional plans
                        tip.add(fromDashboard(prevention.section("OUTREACH", filter, locale)));
                        tip.add(fromDashboard(prevention.section("PLANS", filter, locale)));
                        yield tip;
                    }
                    case GLOTIP -> new GlotipSections(f, view, t).sections();
                    case SDG_16_2_2 -> new SdgSections(f, view, t).sections(population(scope, region));
                };
        List<String> notes = new ArrayList<>();
        notes.add(t.text(prefix + "source"));
        notes.add(t.text("analytics.report.counting"));
        notes.add(t.text(prefix + "note"));
        return new StandardReport(
                kind,
                t.text(prefix + "title"),
                t.text(prefix + "standard"),
                year,
                region,
                areaName(scope, region, t),
                refresh.refreshedAt().orElse(null),
                notes,
                sections);
    }

    /** A dashboard table of the prevention and plans figures as a report section (same figures, same labels). */
    private static Section fromDashboard(id.sigap.analytics.internal.Section table) {
        List<Line> lines = table.rows().stream()
                .map(r -> new Line(r.code(), r.label(), r.values()))
                .toList();
        return new Section(table.name(), table.title(), table.columns(), lines);
    }

    /** The tallies of one report's filter, each measure read once. */
    static final class Figures {
        private final DashboardQueries queries;
        private final Filter filter;
        private final Map<Measure, Map<String, Long>> read = new LinkedHashMap<>();

        Figures(DashboardQueries queries, Filter filter) {
            this.queries = queries;
            this.filter = filter;
        }

        /** The figures of a measure by value, largest first. */
        Map<String, Long> of(Measure m) {
            return read.computeIfAbsent(m, k -> {
                Map<String, Long> out = new LinkedHashMap<>();
                for (Row r : queries.byValue(k, filter)) {
                    out.put(r.key(), r.n());
                }
                return out;
            });
        }

        long get(Measure m, String value) {
            return of(m).getOrDefault(value, 0L);
        }
    }

    /** Message texts in the report's language. */
    record Texts(MessageSource messages, Locale locale) {
        String text(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }
    }

    /** Lines of a measure's figures, one column, labelled like the dashboard. */
    static List<Line> lines(Map<String, Long> figures, Measure m, DashboardView view, Locale locale) {
        List<Line> out = new ArrayList<>();
        figures.forEach((code, n) -> out.add(new Line(code, view.label(m, code, locale), List.of(n))));
        return out;
    }

    private InterceptionCounts.Counts interceptions(RegionScope scope, String region, int year) {
        if (region != null || scope.national()) {
            return interceptions.of(region, year);
        }
        long persons = 0, recorded = 0, aggregateOnly = 0, stops = 0, victims = 0, sentHome = 0;
        Map<SexAge, Long> bySexAge = new LinkedHashMap<>();
        Map<String, Long> byDestination = new LinkedHashMap<>();
        for (String root : scope.roots()) {
            var c = interceptions.of(root, year);
            persons += c.persons();
            recorded += c.recordedPersons();
            aggregateOnly += c.aggregateOnlyPersons();
            stops += c.interceptions();
            victims += c.victimsIdentified();
            sentHome += c.sentHome();
            c.bySexAge().forEach((k, v) -> bySexAge.merge(k, v, Long::sum));
            c.byDestination().forEach((k, v) -> byDestination.merge(k, v, Long::sum));
        }
        return new InterceptionCounts.Counts(
                null, year, persons, recorded, aggregateOnly, stops, victims, sentHome, bySexAge, byDestination);
    }

    /** The population of the area (the sum over the scope's roots or the provinces), null when unknown. */
    Long population(RegionScope scope, String region) {
        List<RegionRef> areas = region != null
                ? regions.find(region).stream().toList()
                : scope.national()
                        ? regions.provinces()
                        : scope.roots().stream()
                                .flatMap(r -> regions.find(r).stream())
                                .toList();
        long sum = 0;
        for (RegionRef a : areas) {
            if (a.population() == null) {
                return null;
            }
            sum += a.population();
        }
        return areas.isEmpty() ? null : sum;
    }

    private String areaName(RegionScope scope, String region, Texts t) {
        if (region != null) {
            return regions.find(region).map(RegionRef::name).orElse(region);
        }
        if (scope.national()) {
            return t.text("analytics.report.national");
        }
        return String.join(
                ", ",
                scope.roots().stream()
                        .sorted()
                        .map(r -> regions.find(r).map(RegionRef::name).orElse(r))
                        .toList());
    }
}
