package id.sigap.analytics.internal;

import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.analytics.internal.Section.Row;
import id.sigap.plans.PlanStatistics;
import id.sigap.plans.PlanStatistics.PlanFigures;
import id.sigap.prevention.InterceptionCounts;
import id.sigap.prevention.OutreachStatistics;
import id.sigap.prevention.OutreachStatistics.Coverage;
import id.sigap.prevention.OutreachTopic;
import id.sigap.prevention.SexAge;
import id.sigap.region.RegionRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
    private final OutreachStatistics outreach;
    private final PlanStatistics plans;
    private final PreventionAreas areas;
    private final MessageSource messages;

    PreventionFigures(
            InterceptionCounts interceptions,
            OutreachStatistics outreach,
            PlanStatistics plans,
            PreventionAreas areas,
            MessageSource messages) {
        this.interceptions = interceptions;
        this.outreach = outreach;
        this.plans = plans;
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
                interceptionsByArea(NAMES.get(3), f, locale),
                outreachSummary(NAMES.get(4), c, locale),
                outreachAudience(NAMES.get(5), c, locale),
                outreachByArea(NAMES.get(6), f, locale),
                plans(NAMES.get(7), f, locale));
    }

    /** The table named {@code name} (one of {@link #NAMES}). */
    public Section section(String name, Filter f, Locale locale) {
        return switch (name) {
            case "INTERCEPTIONS" -> interceptionSummary(name, total(f), locale);
            case "INTERCEPTIONS_SEX_AGE" -> interceptionsBySexAge(name, total(f), locale);
            case "INTERCEPTIONS_DESTINATION" -> interceptionsByDestination(name, total(f), locale);
            case "INTERCEPTIONS_AREA" -> interceptionsByArea(name, f, locale);
            case "OUTREACH" -> outreachSummary(name, coverage(f), locale);
            case "OUTREACH_AUDIENCE" -> outreachAudience(name, coverage(f), locale);
            case "OUTREACH_AREA" -> outreachByArea(name, f, locale);
            case "PLANS" -> plans(name, f, locale);
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
        Coverage sum = null;
        for (String code : codes) {
            Coverage c = outreach.of(code, fromYear, toYear);
            sum = sum == null ? c : plus(sum, c);
        }
        return sum;
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

    private Section interceptionsByArea(String name, Filter f, Locale locale) {
        List<Row> rows = new ArrayList<>();
        long parts = 0;
        for (RegionRef a : areas.areas(f)) {
            long n = intercepted(List.of(a.code()), f.fromYear(), f.toYear()).persons();
            parts += n;
            rows.add(new Row(a.code(), a.name(), List.of(n, rate(n, a.population()))));
        }
        if (f.region() != null && f.region().length() == 2) {
            long whole = total(f).persons();
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

    private Section outreachSummary(String name, Coverage c, Locale locale) {
        List<Row> rows = new ArrayList<>();
        rows.add(count("ACTIVITIES", c.activities(), "outreach", locale));
        rows.add(count("PEOPLE", c.people(), "outreach", locale));
        rows.add(count("VILLAGES_REACHED", c.villagesReached(), "outreach", locale));
        rows.add(count("VILLAGES", c.villages(), "outreach", locale));
        rows.add(count("DISTRICTS_REACHED", c.districtsReached(), "outreach", locale));
        rows.add(count("DISTRICTS", c.districts(), "outreach", locale));
        for (OutreachTopic topic : OutreachTopic.values()) {
            long n = c.byTopic().getOrDefault(topic, 0L);
            if (n > 0) {
                rows.add(new Row(
                        "TOPIC:" + topic.name(),
                        text("analytics.outreach.topic", locale) + ": " + text(topic.labelKey(), locale),
                        List.of(n)));
            }
        }
        return new Section(name, title(name, locale), List.of(text("analytics.column.count", locale)), 0, rows);
    }

    private Section outreachAudience(String name, Coverage c, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (SexAge s : SexAge.values()) {
            rows.add(new Row(
                    s.name(), text(s.labelKey(), locale), List.of(c.audience().getOrDefault(s, 0L))));
        }
        return new Section(name, title(name, locale), List.of(text("analytics.column.count", locale)), 0, rows);
    }

    private Section outreachByArea(String name, Filter f, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (RegionRef a : areas.areas(f)) {
            Coverage c = outreach.of(a.code(), f.fromYear(), f.toYear());
            rows.add(new Row(
                    a.code(),
                    a.name(),
                    java.util.Arrays.asList(
                            c.activities(),
                            c.villagesReached(),
                            c.villages(),
                            c.villagesPercent(),
                            c.districtsReached(),
                            c.districts())));
        }
        List<String> columns = List.of(
                text("analytics.outreach.ACTIVITIES", locale),
                text("analytics.outreach.VILLAGES_REACHED", locale),
                text("analytics.outreach.VILLAGES", locale),
                text("analytics.outreach.percent", locale),
                text("analytics.outreach.DISTRICTS_REACHED", locale),
                text("analytics.outreach.DISTRICTS", locale));
        return new Section(name, title(name, locale), columns, 1, rows);
    }

    private Section plans(String name, Filter f, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (String root : areas.roots(f)) {
            for (PlanFigures p : plans.of(root, f.toYear())) {
                rows.add(new Row(
                        Long.toString(p.planId()),
                        p.title() + " (" + (p.regionCode() == null ? "RAN" : areas.name(p.regionCode())) + ")",
                        java.util.Arrays.asList(
                                (long) p.indicators(),
                                (long) p.withTarget(),
                                (long) p.met(),
                                p.achievedPercent() == null
                                        ? null
                                        : p.achievedPercent().doubleValue(),
                                (long) p.lateReports(),
                                (long) p.approvedReports())));
            }
        }
        List<String> columns = List.of(
                text("analytics.plans.indicators", locale),
                text("analytics.plans.with-target", locale),
                text("analytics.plans.met", locale),
                text("analytics.plans.percent", locale, f.toYear()),
                text("analytics.plans.late", locale),
                text("analytics.plans.approved", locale));
        return new Section(name, title(name, locale), columns, 3, rows);
    }

    static Double rate(long n, Long population) {
        return population == null || population == 0 ? null : n * 100_000.0 / population;
    }

    static Coverage plus(Coverage a, Coverage b) {
        Map<SexAge, Long> audience = new EnumMap<>(SexAge.class);
        audience.putAll(a.audience());
        b.audience().forEach((k, v) -> audience.merge(k, v, Long::sum));
        Map<OutreachTopic, Long> topics = new EnumMap<>(OutreachTopic.class);
        topics.putAll(a.byTopic());
        b.byTopic().forEach((k, v) -> topics.merge(k, v, Long::sum));
        return new Coverage(
                null,
                a.activities() + b.activities(),
                audience,
                topics,
                a.villagesReached() + b.villagesReached(),
                a.villages() + b.villages(),
                a.districtsReached() + b.districtsReached(),
                a.districts() + b.districts());
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

    /** Interceptions added up over regions and years. */
    public record Intercepted(
            long persons,
            long recorded,
            long aggregateOnly,
            long interceptions,
            long victims,
            long sentHome,
            Map<SexAge, Long> bySexAge,
            Map<String, Long> byDestination) {

        static final Intercepted NONE = new Intercepted(0, 0, 0, 0, 0, 0, Map.of(), Map.of());

        Intercepted plus(InterceptionCounts.Counts c) {
            Map<SexAge, Long> sexAge = new EnumMap<>(SexAge.class);
            sexAge.putAll(bySexAge);
            c.bySexAge().forEach((k, v) -> sexAge.merge(k, v, Long::sum));
            Map<String, Long> destination = new HashMap<>(byDestination);
            c.byDestination().forEach((k, v) -> destination.merge(k, v, Long::sum));
            return new Intercepted(
                    persons + c.persons(),
                    recorded + c.recordedPersons(),
                    aggregateOnly + c.aggregateOnlyPersons(),
                    interceptions + c.interceptions(),
                    victims + c.victimsIdentified(),
                    sentHome + c.sentHome(),
                    Map.copyOf(sexAge),
                    Map.copyOf(destination));
        }
    }
}
