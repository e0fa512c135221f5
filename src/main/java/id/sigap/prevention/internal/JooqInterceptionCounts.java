package id.sigap.prevention.internal;

import static id.sigap.prevention.internal.db.Tables.INTERCEPTED_PERSON;
import static id.sigap.prevention.internal.db.Tables.INTERCEPTION;
import static id.sigap.prevention.internal.db.Tables.YEARLY_AGGREGATE;

import id.sigap.prevention.FollowUp;
import id.sigap.prevention.InterceptionCounts;
import id.sigap.prevention.InterceptionTotals;
import id.sigap.prevention.SexAge;
import id.sigap.security.RegionScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/**
 * {@link InterceptionCounts} from the interception records and the yearly aggregates, by {@link InterceptionTotals}:
 * the records of the whole period are read in three queries, then each year is counted on its own.
 */
@Service
class JooqInterceptionCounts implements InterceptionCounts {

    static final String UNKNOWN_COUNTRY = "??";

    private final DSLContext db;

    JooqInterceptionCounts(DSLContext db) {
        this.db = db;
    }

    @Override
    public Counts of(String regionCode, int year) {
        return years(regionCode, year, year).getFirst();
    }

    /** One year's tallies while reading. */
    private static final class Year {
        final Map<Long, String> regionOf = new HashMap<>();
        final Map<Long, String> destinationOf = new HashMap<>();
        final Map<String, Long> recorded = new HashMap<>();
        final Map<SexAge, Long> bySexAge = new EnumMap<>(SexAge.class);
        final Map<String, Long> byDestination = new HashMap<>();
        final Map<String, Long> aggregates = new HashMap<>();
        long victims;
        long sentHome;
    }

    @Override
    public List<Counts> years(String regionCode, int fromYear, int toYear) {
        Condition inRegion = regionCode == null
                ? DSL.trueCondition()
                : RegionScope.of(List.of(regionCode)).condition(INTERCEPTION.REGION_CODE);
        Condition inPeriod =
                INTERCEPTION.INTERCEPTED_ON.between(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
        Map<Integer, Year> years = new HashMap<>();
        Map<Long, Year> yearOf = new HashMap<>();
        for (var r : db.selectFrom(INTERCEPTION).where(inRegion).and(inPeriod).fetch()) {
            Year y = years.computeIfAbsent(r.getInterceptedOn().getYear(), k -> new Year());
            yearOf.put(r.getId(), y);
            String destination = r.getDestinationCountry() == null ? UNKNOWN_COUNTRY : r.getDestinationCountry();
            y.regionOf.put(r.getId(), r.getRegionCode());
            y.destinationOf.put(r.getId(), destination);
            long uncounted = (long) r.getWomen() + r.getGirls() + r.getMen() + r.getBoys();
            y.recorded.merge(r.getRegionCode(), uncounted, Long::sum);
            y.byDestination.merge(destination, uncounted, Long::sum);
            y.bySexAge.merge(SexAge.WOMEN, (long) r.getWomen(), Long::sum);
            y.bySexAge.merge(SexAge.GIRLS, (long) r.getGirls(), Long::sum);
            y.bySexAge.merge(SexAge.MEN, (long) r.getMen(), Long::sum);
            y.bySexAge.merge(SexAge.BOYS, (long) r.getBoys(), Long::sum);
        }
        var persons = db.select(
                        INTERCEPTED_PERSON.INTERCEPTION_ID,
                        INTERCEPTED_PERSON.SEX,
                        INTERCEPTED_PERSON.CHILD,
                        INTERCEPTED_PERSON.FOLLOW_UP,
                        DSL.count())
                .from(INTERCEPTED_PERSON)
                .join(INTERCEPTION)
                .on(INTERCEPTION.ID.eq(INTERCEPTED_PERSON.INTERCEPTION_ID))
                .where(inRegion)
                .and(inPeriod)
                .groupBy(
                        INTERCEPTED_PERSON.INTERCEPTION_ID,
                        INTERCEPTED_PERSON.SEX,
                        INTERCEPTED_PERSON.CHILD,
                        INTERCEPTED_PERSON.FOLLOW_UP)
                .fetch();
        for (var p : persons) {
            long n = p.value5();
            long id = p.value1();
            Year y = yearOf.get(id);
            if (y == null) {
                continue; // an interception added between the two reads
            }
            y.recorded.merge(y.regionOf.get(id), n, Long::sum);
            y.byDestination.merge(y.destinationOf.get(id), n, Long::sum);
            y.bySexAge.merge(SexAge.of(p.value2(), p.value3()), n, Long::sum);
            if (FollowUp.VICTIM.name().equals(p.value4())) {
                y.victims += n;
            } else if (FollowUp.SENT_HOME.name().equals(p.value4())) {
                y.sentHome += n;
            }
        }
        db.select(YEARLY_AGGREGATE.YEAR, YEARLY_AGGREGATE.REGION_CODE, YEARLY_AGGREGATE.PERSONS)
                .from(YEARLY_AGGREGATE)
                .where(YEARLY_AGGREGATE.YEAR.between((short) fromYear, (short) toYear))
                .and(
                        regionCode == null
                                ? DSL.trueCondition()
                                : RegionScope.of(List.of(regionCode)).condition(YEARLY_AGGREGATE.REGION_CODE))
                .forEach(a -> years.computeIfAbsent((int) a.value1(), k -> new Year())
                        .aggregates
                        .put(a.value2(), (long) a.value3()));
        List<Counts> out = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            out.add(counts(regionCode, year, years.getOrDefault(year, new Year())));
        }
        return out;
    }

    private static Counts counts(String regionCode, int year, Year y) {
        long recordedPersons =
                y.recorded.values().stream().mapToLong(Long::longValue).sum();
        long total = InterceptionTotals.total(regionCode, y.aggregates, y.recorded);
        y.byDestination.values().removeIf(v -> v == 0);
        return new Counts(
                regionCode,
                year,
                total,
                recordedPersons,
                total - recordedPersons,
                y.regionOf.size(),
                y.victims,
                y.sentHome,
                y.bySexAge,
                y.byDestination);
    }
}
