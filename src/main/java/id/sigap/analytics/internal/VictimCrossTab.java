package id.sigap.analytics.internal;

import static id.sigap.analytics.internal.db.Tables.VICTIM_FACT;

import id.sigap.security.RegionScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Victims (each person once, at the first case) of a year in a scope, crossed by the dimensions asked for: the
 * contract {@code GET /api/v1/stats/victims}. A person falls under every form and modus of the case.
 */
@Service
public class VictimCrossTab {

    /** The dimensions that may be asked for, by their name in the API. */
    public enum Dimension {
        SEX,
        AGE,
        FORM,
        MODUS,
        NATIONALITY,
        ORIGIN,
        DESTINATION,
        PROVINCE,
        REGENCY,
        STAGE,
        /** The victim's recruitment channel (a CHANNEL code, NONE when not recorded); also {@code recruitment_channel}. */
        CHANNEL;

        public static Dimension parse(String name) {
            String n = name.strip().toUpperCase(Locale.ROOT);
            return valueOf(n.equals("RECRUITMENT_CHANNEL") ? "CHANNEL" : n);
        }

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One row: the value of each dimension asked for, in order, and the count. */
    public record CrossRow(Map<String, String> dimensions, long count) {}

    private final DSLContext db;

    VictimCrossTab(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public List<CrossRow> count(RegionScope scope, String region, int year, List<Dimension> by) {
        Condition c = VICTIM_FACT
                .COUNTED
                .isTrue()
                .and(VICTIM_FACT.YEAR.eq(year))
                .and(scope.condition(VICTIM_FACT.REGENCY_CODE));
        if (region != null) {
            c = c.and(
                    region.length() == 2 ? VICTIM_FACT.PROVINCE_CODE.eq(region) : VICTIM_FACT.REGENCY_CODE.eq(region));
        }
        Map<List<String>, Long> counts = new TreeMap<>(VictimCrossTab::compare);
        try (var rows = db.select(
                        VICTIM_FACT.SEX,
                        VICTIM_FACT.AGE_GROUP,
                        VICTIM_FACT.FORMS,
                        VICTIM_FACT.MODUS,
                        VICTIM_FACT.NATIONALITY,
                        VICTIM_FACT.ORIGIN_PROVINCE,
                        VICTIM_FACT.DESTINATION,
                        VICTIM_FACT.PROVINCE_CODE,
                        VICTIM_FACT.REGENCY_CODE,
                        VICTIM_FACT.STAGE,
                        VICTIM_FACT.RECRUITMENT_CHANNEL)
                .from(VICTIM_FACT)
                .where(c)
                .fetchSize(10_000)
                .fetchLazy()) {
            for (Record r : rows) {
                List<List<String>> keys = new ArrayList<>();
                keys.add(List.of());
                for (Dimension d : by) {
                    List<String> values = values(d, r);
                    List<List<String>> next = new ArrayList<>();
                    for (List<String> k : keys) {
                        for (String v : values) {
                            List<String> longer = new ArrayList<>(k);
                            longer.add(v);
                            next.add(longer);
                        }
                    }
                    keys = next;
                }
                keys.forEach(k -> counts.merge(k, 1L, Long::sum));
            }
        }
        List<CrossRow> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            Map<String, String> dims = new LinkedHashMap<>();
            for (int i = 0; i < by.size(); i++) {
                dims.put(by.get(i).apiName(), k.get(i));
            }
            out.add(new CrossRow(dims, n));
        });
        return out;
    }

    private static List<String> values(Dimension d, Record r) {
        return switch (d) {
            case SEX -> List.of(or(r.get(VICTIM_FACT.SEX)));
            case AGE -> List.of(age(r.get(VICTIM_FACT.AGE_GROUP)));
            case FORM -> many(r.get(VICTIM_FACT.FORMS));
            case MODUS -> many(r.get(VICTIM_FACT.MODUS));
            case NATIONALITY -> List.of(or(r.get(VICTIM_FACT.NATIONALITY)));
            case ORIGIN -> List.of(or(r.get(VICTIM_FACT.ORIGIN_PROVINCE)));
            case DESTINATION ->
                List.of(r.get(VICTIM_FACT.DESTINATION) == null ? "DOMESTIC" : r.get(VICTIM_FACT.DESTINATION));
            case PROVINCE -> List.of(r.get(VICTIM_FACT.PROVINCE_CODE));
            case REGENCY -> List.of(r.get(VICTIM_FACT.REGENCY_CODE));
            case STAGE -> List.of(r.get(VICTIM_FACT.STAGE));
            case CHANNEL ->
                List.of(
                        r.get(VICTIM_FACT.RECRUITMENT_CHANNEL) == null
                                ? "NONE"
                                : r.get(VICTIM_FACT.RECRUITMENT_CHANNEL));
        };
    }

    /** CHILD (under 18 at the case), ADULT or UNKNOWN. */
    private static String age(String group) {
        return switch (group) {
            case "GIRL", "BOY" -> "CHILD";
            case "WOMAN", "MAN" -> "ADULT";
            default -> Groups.UNKNOWN;
        };
    }

    private static List<String> many(String[] values) {
        return values == null || values.length == 0 ? List.of("NONE") : List.of(values);
    }

    private static String or(String v) {
        return v == null ? Groups.UNKNOWN : v.strip();
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
