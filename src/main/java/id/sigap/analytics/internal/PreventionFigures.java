package id.sigap.analytics.internal;

import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.analytics.internal.Section.Row;
import id.sigap.prevention.InterceptionCounts;
import id.sigap.prevention.OutreachStatistics.Coverage;
import id.sigap.prevention.SexAge;
import id.sigap.region.RegionRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's interception, outreach and action-plan tables for a filter, from the prevention and plans modules'
 * APIs: interceptions without double counting where records and yearly aggregates overlap (persons known only from
 * aggregates shown as such, without a breakdown), outreach coverage of villages and districts, and each plan's
 * achievement in the filter's last year. Only regions of the filter (within the viewer's scope) are asked.
 */
@Component
public class PreventionFigures {

    /** The names of the tables, in page order. */
    public static final List<String> NAMES = List.of(
            "INTERCEPTIONS",
            "INTERCEPTIONS_SEX_AGE",
            "INTERCEPTIONS_DESTINATION",
            "INTERCEPTIONS_AREA",
            "OUTREACH",
            "OUTREACH_AUDIENCE",
            "OUTREACH_AREA",
            "PLANS");

    static final String AGGREGATE_ONLY = "AGGREGATE_ONLY";

    private final InterceptionCounts interceptions;
    private final OutreachPlanTables others;
    private final PreventionAreas areas;
    private final MessageSource messages;

    PreventionFigures(
            InterceptionCounts interceptions,
            OutreachPlanTables others,
            PreventionAreas areas,
            MessageSource messages) {
        this.interceptions = interceptions;
        this.others = others;
        this.areas = areas;
        this.messages = messages;
    }

    /** Every table, in page order. */
    public List<Section> all(Filter f, Locale locale) {
        Intercepted t = total(f);
        Coverage c = coverage(f);
        return List.of(
                interceptionSummary(NAMES.get(0), t, locale),
                interceptionsBySexAge(NAMES.get(1), t, locale),
                interceptionsByDestination(NAMES.get(2), t, locale),
                interceptionsByArea(NAMES.get(3), f, () -> t, locale),
                others.outreachSummary(NAMES.get(4), c, locale),
                others.outreachAudience(NAMES.get(5), c, locale),
                others.outreachByArea(NAMES.get(6), f, locale),
                others.plans(NAMES.get(7), f, locale));
    }

    /** The table named {@code name} (one of {@link #NAMES}). */
    public Section section(String name, Filter f, Locale locale) {
        return switch (name) {
            case "INTERCEPTIONS" -> interceptionSummary(name, total(f), locale);
            case "INTERCEPTIONS_SEX_AGE" -> interceptionsBySexAge(name, total(f), locale);
            case "INTERCEPTIONS_DESTINATION" -> interceptionsByDestination(name, total(f), locale);
            case "INTERCEPTIONS_AREA" -> interceptionsByArea(name, f, () -> total(f), locale);
            case "OUTREACH" -> others.outreachSummary(name, coverage(f), locale);
            case "OUTREACH_AUDIENCE" -> others.outreachAudience(name, coverage(f), locale);
            case "OUTREACH_AREA" -> others.outreachByArea(name, f, locale);
            case "PLANS" -> others.plans(name, f, locale);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The interceptions of the regions over the filter's years, added up. */
    public Intercepted intercepted(List<String> codes, int fromYear, int toYear) {
        Intercepted sum = Intercepted.NONE;
        for (String code : codes) {
            for (InterceptionCounts.Counts c : interceptions.years(code, fromYear, toYear)) {
                sum = sum.plus(c);
            }
        }
        return sum;
    }

    /** The outreach coverage of the regions (never overlapping) over the filter's years, added up. */
    public Coverage coverage(List<String> codes, int fromYear, int toYear) {
        return others.coverage(codes, fromYear, toYear);
    }

    /** The figures of a map layer by province, for the viewer's scope and years (see {@link MapLayer}). */
    public Map<String, MapLayer.Figure> layer(MapLayer layer, id.sigap.security.RegionScope scope, int from, int to) {
        return layer.figures(this, areas, scope, from, to);
    }

    Intercepted total(Filter f) {
        return intercepted(areas.roots(f), f.fromYear(), f.toYear());
    }

    Coverage coverage(Filter f) {
        return coverage(areas.roots(f), f.fromYear(), f.toYear());
    }

    private Section interceptionSummary(String name, Intercepted t, Locale locale) {
        List<Row> rows = new ArrayList<>();
        rows.add(count("PERSONS", t.persons(), "interceptions", locale));
        rows.add(count("RECORDED", t.recorded(), "interceptions", locale));
        rows.add(count(AGGREGATE_ONLY, t.aggregateOnly(), "interceptions", locale));
        rows.add(count("INTERCEPTIONS", t.interceptions(), "interceptions", locale));
        rows.add(count("VICTIMS", t.victims(), "interceptions", locale));
        rows.add(count("SENT_HOME", t.sentHome(), "interceptions", locale));
        return new Section(name, title(name, locale), List.of(text("analytics.column.count", locale)), 0, rows);
    }

    private Section interceptionsBySexAge(String name, Intercepted t, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (SexAge s : SexAge.values()) {
            rows.add(new Row(
                    s.name(), text(s.labelKey(), locale), List.of(t.bySexAge().getOrDefault(s, 0L))));
        }
        rows.add(count(AGGREGATE_ONLY, t.aggregateOnly(), "interceptions", locale));
        return new Section(name, title(name, locale), List.of(text("analytics.column.count", locale)), 0, rows);
    }

    private Section interceptionsByDestination(String name, Intercepted t, Locale locale) {
        List<Row> rows = new ArrayList<>();
        t.byDestination().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> rows.add(new Row(e.getKey(), country(e.getKey(), locale), List.of(e.getValue()))));
        if (t.aggregateOnly() > 0) {
            rows.add(count(AGGREGATE_ONLY, t.aggregateOnly(), "interceptions", locale));
        }
        return new Section(name, title(name, locale), List.of(text("analytics.column.count", locale)), 0, rows);
    }

    /** @param total the whole of the filter, read only when a province is chosen (for its unattributed rest) */
    private Section interceptionsByArea(
            String name, Filter f, java.util.function.Supplier<Intercepted> total, Locale locale) {
        List<Row> rows = new ArrayList<>();
        long parts = 0;
        for (RegionRef a : areas.areas(f)) {
            long n = intercepted(List.of(a.code()), f.fromYear(), f.toYear()).persons();
            parts += n;
            rows.add(new Row(a.code(), a.name(), List.of(n, rate(n, a.population()))));
        }
        if (f.region() != null && f.region().length() == 2) {
            long whole = total.get().persons();
            if (whole > parts) {
                rows.add(new Row(
                        AGGREGATE_ONLY,
                        text("analytics.prevention.unattributed", locale),
                        java.util.Arrays.asList(whole - parts, null)));
            }
        }
        return new Section(
                name,
                title(name, locale),
                List.of(text("analytics.column.count", locale), text("analytics.column.rate", locale)),
                0,
                rows);
    }

    static Double rate(long n, Long population) {
        return population == null || population == 0 ? null : n * 100_000.0 / population;
    }

    private Row count(String code, long n, String group, Locale locale) {
        return new Row(code, text("analytics." + group + "." + code, locale), List.of(n));
    }

    private String country(String iso2, Locale locale) {
        return "??".equals(iso2) ? text("analytics.value.UNKNOWN", locale) : areas.country(iso2, locale);
    }

    private String title(String name, Locale locale) {
        return text("analytics.table." + name, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
