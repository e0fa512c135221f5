package id.sigap.analytics.internal;

import static id.sigap.analytics.internal.db.Tables.TALLY;

import id.sigap.security.RegionScope;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' figures: sums of tallies within the viewer's scope, a period of years and optionally one province
 * or regency. Callers decide the scope (the viewer's) before asking.
 */
@Service
public class DashboardQueries {

    /** The viewer's scope, the chosen region (null: all of the scope) and the years, inclusive. */
    public record Filter(RegionScope scope, String region, int fromYear, int toYear) {
        public Filter {
            Objects.requireNonNull(scope, "scope");
            if (fromYear > toYear) {
                throw new IllegalArgumentException("fromYear after toYear");
            }
        }
    }

    /** One figure: a value of the measure (a code) or an area, and its count or sum. */
    public record Row(String key, long n) {}

    private final DSLContext db;

    DashboardQueries(DSLContext db) {
        this.db = db;
    }

    /** The figures of a measure by value, largest first. */
    @Transactional(readOnly = true)
    public List<Row> byValue(Measure measure, Filter filter) {
        Field<Long> n = DSL.sum(TALLY.N).cast(Long.class);
        return db.select(TALLY.VALUE, n)
                .from(TALLY)
                .where(condition(measure, filter))
                .groupBy(TALLY.VALUE)
                .orderBy(n.desc(), TALLY.VALUE)
                .fetch(r -> new Row(r.value1(), r.value2()));
    }

    /**
     * The figures of one value of a measure by area: by province when no region is chosen, by regency within a
     * chosen province, the regency alone when a regency is chosen. Ordered by area code.
     */
    @Transactional(readOnly = true)
    public List<Row> byArea(Measure measure, String value, Filter filter) {
        Field<String> area = filter.region() == null ? TALLY.PROVINCE_CODE : TALLY.REGENCY_CODE;
        Field<Long> n = DSL.sum(TALLY.N).cast(Long.class);
        return db.select(area, n)
                .from(TALLY)
                .where(condition(measure, filter))
                .and(TALLY.VALUE.eq(value))
                .groupBy(area)
                .orderBy(area)
                .fetch(r -> new Row(r.value1(), r.value2()));
    }

    /** The figures of a measure by year (for the period chart). */
    @Transactional(readOnly = true)
    public List<Row> byYear(Measure measure, String value, Filter filter) {
        Field<Long> n = DSL.sum(TALLY.N).cast(Long.class);
        return db.select(TALLY.YEAR, n)
                .from(TALLY)
                .where(condition(measure, filter))
                .and(TALLY.VALUE.eq(value))
                .groupBy(TALLY.YEAR)
                .orderBy(TALLY.YEAR)
                .fetch(r -> new Row(Integer.toString(r.value1()), r.value2()));
    }

    private static Condition condition(Measure measure, Filter filter) {
        Condition c = TALLY.MEASURE
                .eq(measure.name())
                .and(TALLY.YEAR.between(filter.fromYear(), filter.toYear()))
                .and(filter.scope().condition(TALLY.REGENCY_CODE));
        if (filter.region() != null) {
            c = c.and(
                    filter.region().length() == 2
                            ? TALLY.PROVINCE_CODE.eq(filter.region())
                            : TALLY.REGENCY_CODE.eq(filter.region()));
        }
        return c;
    }
}
