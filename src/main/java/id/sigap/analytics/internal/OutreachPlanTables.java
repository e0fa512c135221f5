package id.sigap.analytics.internal;

import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.analytics.internal.Section.Row;
import id.sigap.plans.PlanStatistics;
import id.sigap.plans.PlanStatistics.PlanFigures;
import id.sigap.prevention.OutreachStatistics;
import id.sigap.prevention.OutreachStatistics.Coverage;
import id.sigap.prevention.OutreachTopic;
import id.sigap.prevention.SexAge;
import id.sigap.region.RegionRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's outreach tables (coverage, audience, coverage by area) and action-plan table (each plan's
 * achievement in the filter's last year) for {@link PreventionFigures}.
 */
@Component
class OutreachPlanTables {

    private final OutreachStatistics outreach;
    private final PlanStatistics plans;
    private final PreventionAreas areas;
    private final MessageSource messages;

    OutreachPlanTables(
            OutreachStatistics outreach, PlanStatistics plans, PreventionAreas areas, MessageSource messages) {
        this.outreach = outreach;
        this.plans = plans;
        this.areas = areas;
        this.messages = messages;
    }

    /** The outreach coverage of the regions (never overlapping) over the years, added up. */
    Coverage coverage(List<String> codes, int fromYear, int toYear) {
        Coverage sum = null;
        for (String code : codes) {
            Coverage c = outreach.of(code, fromYear, toYear);
            sum = sum == null ? c : plus(sum, c);
        }
        return sum;
    }

    Section outreachSummary(String name, Coverage c, Locale locale) {
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

    Section outreachAudience(String name, Coverage c, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (SexAge s : SexAge.values()) {
            rows.add(new Row(
                    s.name(), text(s.labelKey(), locale), List.of(c.audience().getOrDefault(s, 0L))));
        }
        return new Section(name, title(name, locale), List.of(text("analytics.column.count", locale)), 0, rows);
    }

    Section outreachByArea(String name, Filter f, Locale locale) {
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

    Section plans(String name, Filter f, Locale locale) {
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

    private String title(String name, Locale locale) {
        return text("analytics.table." + name, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
