package id.sigap.analytics.internal;

import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.analytics.internal.DashboardQueries.Row;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables with their labels: one per measure, by area (with rates per 100,000 population) and by
 * year. The page, the charts and the downloads show the same tables.
 */
@Component
public class DashboardView {

    /** The measures shown as tables, in page order. */
    public static final List<Measure> TABLES = List.of(
            Measure.SEX_AGE,
            Measure.NATIONALITY,
            Measure.ORIGIN,
            Measure.FORM,
            Measure.MODUS,
            Measure.DESTINATION,
            Measure.SUSPECT_ROLE,
            Measure.FUNNEL,
            Measure.SERVICE,
            Measure.QUALITY,
            Measure.CHANNEL);

    static final List<String> FUNNEL_ORDER = List.of(
            "CASES",
            "REPORTS",
            "SUSPECTS",
            "POLICE_REPORTS",
            "INVESTIGATIONS",
            "PROSECUTIONS",
            "VERDICTS",
            "CONVICTIONS",
            "PRISON_MONTHS",
            "RESTITUTION_ORDERED",
            "RESTITUTION_PAID");

    /** One line of a table: the code, its label, the figure and, for areas, the rate per 100,000 (else null). */
    public record Line(String code, String label, long n, Double ratePer100k) {}

    /** A table: its name (a measure, AREA or PERIOD), title and lines. */
    public record Table(String name, String title, List<Line> lines) {
        public long total() {
            return lines.stream().mapToLong(Line::n).sum();
        }
    }

    private final DashboardQueries queries;
    private final Regions regions;
    private final MessageSource messages;

    DashboardView(DashboardQueries queries, Regions regions, MessageSource messages) {
        this.queries = queries;
        this.regions = regions;
        this.messages = messages;
    }

    /** The table named {@code name}: a measure's name, {@code AREA} or {@code PERIOD}. */
    public Table table(String name, Filter filter, Locale locale) {
        if ("AREA".equals(name)) {
            return byArea(filter, locale);
        }
        if ("PERIOD".equals(name)) {
            List<Line> lines = queries.byYear(Measure.VICTIMS, "ALL", filter).stream()
                    .map(r -> new Line(r.key(), r.key(), r.n(), null))
                    .toList();
            return new Table(name, text("analytics.table.PERIOD", locale), lines);
        }
        Measure m = Measure.valueOf(name);
        List<Row> rows = queries.byValue(m, filter);
        if (m == Measure.FUNNEL) {
            rows = rows.stream()
                    .sorted(Comparator.comparingInt(r -> FUNNEL_ORDER.indexOf(r.key())))
                    .toList();
        }
        List<Line> lines = rows.stream()
                .map(r -> new Line(r.key(), label(m, r.key(), locale), r.n(), null))
                .toList();
        return new Table(name, text(m.titleKey(), locale), lines);
    }

    /** Victims by province (no region chosen) or by regency, with the rate per 100,000 population. */
    public Table byArea(Filter filter, Locale locale) {
        Map<String, RegionRef> areas = new HashMap<>();
        List<RegionRef> known = filter.region() == null
                ? regions.provinces()
                : filter.region().length() == 2 ? regions.children(filter.region()) : List.of();
        known.forEach(r -> areas.put(r.code(), r));
        if (filter.region() != null) {
            regions.find(filter.region()).ifPresent(r -> areas.put(r.code(), r));
        }
        List<Line> lines = new ArrayList<>();
        for (Row r : queries.byArea(Measure.VICTIMS, "ALL", filter)) {
            RegionRef area = areas.get(r.key());
            Long population = area == null ? null : area.population();
            lines.add(new Line(
                    r.key(),
                    area == null ? r.key() : area.name(),
                    r.n(),
                    population == null || population == 0 ? null : r.n() * 100_000.0 / population));
        }
        return new Table("AREA", text("analytics.table.AREA", locale), lines);
    }

    /** The label of a code of a measure, in the viewer's language (the code itself when no label is known). */
    String label(Measure m, String code, Locale locale) {
        return switch (m) {
            case NATIONALITY, DESTINATION ->
                regions.country(code)
                        .map(c -> "en".equals(locale.getLanguage()) ? c.nameEn() : c.nameId())
                        .orElseGet(() -> text("analytics.value." + code, locale, code));
            case ORIGIN ->
                regions.find(code).map(RegionRef::name).orElseGet(() -> text("analytics.value." + code, locale, code));
            case SERVICE -> {
                String[] parts = code.split(":", 2);
                yield text("support.service." + parts[0], locale, parts[0]) + " – "
                        + text("analytics.timeliness." + (parts.length > 1 ? parts[1] : ""), locale, code);
            }
            default -> text("analytics." + m.name().toLowerCase(Locale.ROOT) + "." + code, locale, code);
        };
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String text(String key, Locale locale, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
