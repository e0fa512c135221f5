package id.sigap.analytics.internal;

import static id.sigap.analytics.internal.db.Tables.CASE_FACT;
import static id.sigap.analytics.internal.db.Tables.SERVICE_FACT;
import static id.sigap.analytics.internal.db.Tables.SUSPECT_FACT;
import static id.sigap.analytics.internal.db.Tables.TALLY;
import static id.sigap.analytics.internal.db.Tables.VICTIM_FACT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the tallies of some cells (year, regency) from the facts: what the dashboards sum. A cell's tallies are
 * replaced as a whole, so a rebuild is always exact whatever changed.
 */
@Component
class Tallies {

    /** Above this many cells a rebuild reads all facts at once instead of cell by cell. */
    static final int ALL_CELLS = 1000;

    private static final String[] NONE = {"NONE"};
    private static final String[] SUSPECTED = {"SUSPECTS"};
    private static final String[] PROSECUTED = {"SUSPECTS", "PROSECUTIONS"};
    private static final String[] ALL_STEPS = {"SUSPECTS", "PROSECUTIONS", "CONVICTIONS"};

    private final DSLContext db;

    Tallies(DSLContext db) {
        this.db = db;
    }

    private record Key(Measure measure, String value, int year, String regency) {}

    void rebuild(Set<Cell> cells) {
        if (cells.isEmpty()) {
            return;
        }
        boolean all = cells.size() > ALL_CELLS;
        Map<Key, Long> sums = new HashMap<>();
        try (var victims = db.select(
                        VICTIM_FACT.YEAR,
                        VICTIM_FACT.REGENCY_CODE,
                        VICTIM_FACT.COUNTED,
                        VICTIM_FACT.SEX,
                        VICTIM_FACT.AGE_GROUP,
                        VICTIM_FACT.NATIONALITY,
                        VICTIM_FACT.ORIGIN_PROVINCE,
                        VICTIM_FACT.FORMS,
                        VICTIM_FACT.MODUS,
                        VICTIM_FACT.DESTINATION,
                        VICTIM_FACT.RECRUITMENT_CHANNEL)
                .from(VICTIM_FACT)
                .where(in(cells, all, VICTIM_FACT.YEAR, VICTIM_FACT.REGENCY_CODE))
                .fetchSize(10_000)
                .fetchLazy()) {
            for (var r : victims) {
                int y = r.value1();
                String g = r.value2();
                if (!r.value3()) {
                    add(sums, Measure.QUALITY, "DUPLICATE_RECORDS", y, g, 1);
                    continue;
                }
                add(sums, Measure.VICTIMS, "ALL", y, g, 1);
                add(sums, Measure.SEX_AGE, r.value5(), y, g, 1);
                add(sums, Measure.NATIONALITY, or(r.value6()), y, g, 1);
                add(sums, Measure.ORIGIN, or(r.value7()), y, g, 1);
                each(sums, Measure.FORM, r.value8(), y, g);
                for (String form : r.value8() == null || r.value8().length == 0 ? NONE : r.value8()) {
                    add(sums, Measure.FORM_SEX_AGE, form + "|" + r.value5(), y, g, 1);
                }
                each(sums, Measure.MODUS, r.value9(), y, g);
                add(sums, Measure.DESTINATION, r.value10() == null ? "DOMESTIC" : r.value10(), y, g, 1);
                add(sums, Measure.CHANNEL, r.value11() == null ? "NONE" : r.value11(), y, g, 1);
                if (r.value4() == null) {
                    add(sums, Measure.QUALITY, "MISSING_SEX", y, g, 1);
                } else if (Groups.UNKNOWN.equals(r.value5())) {
                    add(sums, Measure.QUALITY, "MISSING_AGE", y, g, 1);
                }
                if (r.value6() == null) {
                    add(sums, Measure.QUALITY, "MISSING_NATIONALITY", y, g, 1);
                }
            }
        }
        db.select(
                        CASE_FACT.YEAR,
                        CASE_FACT.REGENCY_CODE,
                        CASE_FACT.REPORTS,
                        CASE_FACT.LATE_ENTRY,
                        CASE_FACT.MISSING_FORM,
                        CASE_FACT.MISSING_MODUS)
                .from(CASE_FACT)
                .where(in(cells, all, CASE_FACT.YEAR, CASE_FACT.REGENCY_CODE))
                .forEach(r -> {
                    add(sums, Measure.FUNNEL, "CASES", r.value1(), r.value2(), 1);
                    add(sums, Measure.FUNNEL, "REPORTS", r.value1(), r.value2(), r.value3());
                    flag(sums, r.value4(), "LATE_ENTRY", r.value1(), r.value2());
                    flag(sums, r.value5(), "MISSING_FORM", r.value1(), r.value2());
                    flag(sums, r.value6(), "MISSING_MODUS", r.value1(), r.value2());
                });
        db.select(
                        SUSPECT_FACT.YEAR,
                        SUSPECT_FACT.REGENCY_CODE,
                        SUSPECT_FACT.ROLE_IN_PROCESS,
                        SUSPECT_FACT.STAGE,
                        SUSPECT_FACT.CONVICTED,
                        SUSPECT_FACT.PRISON_MONTHS,
                        SUSPECT_FACT.RESTITUTION_ORDERED,
                        SUSPECT_FACT.RESTITUTION_PAID,
                        SUSPECT_FACT.SEX,
                        SUSPECT_FACT.NATIONALITY)
                .from(SUSPECT_FACT)
                .where(in(cells, all, SUSPECT_FACT.YEAR, SUSPECT_FACT.REGENCY_CODE))
                .forEach(r -> {
                    int y = r.value1();
                    String g = r.value2();
                    add(sums, Measure.SUSPECT_ROLE, or(r.value3()), y, g, 1);
                    add(sums, Measure.FUNNEL, "SUSPECTS", y, g, 1);
                    int stage = Stage.rank(r.value4());
                    for (Stage s : Stage.values()) {
                        if (stage >= s.ordinal() + 1) {
                            add(sums, Measure.FUNNEL, s.name(), y, g, 1);
                        }
                    }
                    if (r.value5()) {
                        add(sums, Measure.FUNNEL, "CONVICTIONS", y, g, 1);
                        add(sums, Measure.FUNNEL, "PRISON_MONTHS", y, g, r.value6() == null ? 0 : r.value6());
                    }
                    String sex = or(r.value9());
                    String nat = or(r.value10());
                    for (String step : stage >= 3 ? (r.value5() ? ALL_STEPS : PROSECUTED) : SUSPECTED) {
                        add(sums, Measure.SUSPECT_SEX, step + "|" + sex, y, g, 1);
                        add(sums, Measure.SUSPECT_NATIONALITY, step + "|" + nat, y, g, 1);
                    }
                    sums.merge(new Key(Measure.FUNNEL, "RESTITUTION_ORDERED", y, g), r.value7(), Long::sum);
                    sums.merge(new Key(Measure.FUNNEL, "RESTITUTION_PAID", y, g), r.value8(), Long::sum);
                });
        db.select(SERVICE_FACT.YEAR, SERVICE_FACT.REGENCY_CODE, SERVICE_FACT.SERVICE, SERVICE_FACT.TIMELINESS)
                .from(SERVICE_FACT)
                .where(in(cells, all, SERVICE_FACT.YEAR, SERVICE_FACT.REGENCY_CODE))
                .forEach(r -> add(sums, Measure.SERVICE, r.value3() + ":" + r.value4(), r.value1(), r.value2(), 1));
        db.deleteFrom(TALLY)
                .where(in(cells, all, TALLY.YEAR, TALLY.REGENCY_CODE))
                .execute();
        List<Query> inserts = new ArrayList<>();
        sums.forEach((k, n) -> inserts.add(db.insertInto(TALLY)
                .set(TALLY.MEASURE, k.measure().name())
                .set(TALLY.VALUE, k.value())
                .set(TALLY.YEAR, k.year())
                .set(TALLY.PROVINCE_CODE, Groups.province(k.regency()))
                .set(TALLY.REGENCY_CODE, k.regency())
                .set(TALLY.N, n)));
        for (int i = 0; i < inserts.size(); i += 5000) {
            db.batch(inserts.subList(i, Math.min(inserts.size(), i + 5000))).execute();
        }
    }

    /** The justice stages counted in the funnel, in order (a suspect reaching one has passed the earlier ones). */
    enum Stage {
        POLICE_REPORTS,
        INVESTIGATIONS,
        PROSECUTIONS,
        VERDICTS;

        static int rank(String stage) {
            return switch (stage) {
                case "POLICE_REPORT" -> 1;
                case "INVESTIGATION" -> 2;
                case "PROSECUTION" -> 3;
                case "VERDICT" -> 4;
                default -> 0;
            };
        }
    }

    private static Condition in(Set<Cell> cells, boolean all, Field<Integer> year, Field<String> regency) {
        if (all) {
            return DSL.trueCondition();
        }
        return DSL.row(year, regency)
                .in(cells.stream().map(c -> DSL.row(c.year(), c.regencyCode())).toList());
    }

    private static String or(String value) {
        return value == null ? Groups.UNKNOWN : value;
    }

    private static void each(Map<Key, Long> sums, Measure m, String[] values, int y, String g) {
        if (values == null || values.length == 0) {
            add(sums, m, "NONE", y, g, 1);
            return;
        }
        for (String v : values) {
            add(sums, m, v, y, g, 1);
        }
    }

    private static void flag(Map<Key, Long> sums, boolean on, String value, int y, String g) {
        if (on) {
            add(sums, Measure.QUALITY, value, y, g, 1);
        }
    }

    private static void add(Map<Key, Long> sums, Measure m, String value, int y, String g, long n) {
        sums.merge(new Key(m, value, y, g), n, Long::sum);
    }
}
