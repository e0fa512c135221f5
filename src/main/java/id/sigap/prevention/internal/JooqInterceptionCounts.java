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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/** {@link InterceptionCounts} from the interception records and the yearly aggregates, by {@link InterceptionTotals}. */
@Service
class JooqInterceptionCounts implements InterceptionCounts {

    static final String UNKNOWN_COUNTRY = "??";

    private final DSLContext db;

    JooqInterceptionCounts(DSLContext db) {
        this.db = db;
    }

    @Override
    public Counts of(String regionCode, int year) {
        Condition inRegion = regionCode == null
                ? DSL.trueCondition()
                : RegionScope.of(List.of(regionCode)).condition(INTERCEPTION.REGION_CODE);
        Condition inYear = INTERCEPTION.INTERCEPTED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<Long, String> regionOf = new HashMap<>();
        Map<Long, String> destinationOf = new HashMap<>();
        Map<String, Long> recorded = new HashMap<>();
        Map<SexAge, Long> bySexAge = new EnumMap<>(SexAge.class);
        Map<String, Long> byDestination = new HashMap<>();
        for (var r : db.selectFrom(INTERCEPTION).where(inRegion).and(inYear).fetch()) {
            String destination = r.getDestinationCountry() == null ? UNKNOWN_COUNTRY : r.getDestinationCountry();
            regionOf.put(r.getId(), r.getRegionCode());
            destinationOf.put(r.getId(), destination);
            long uncounted = (long) r.getWomen() + r.getGirls() + r.getMen() + r.getBoys();
            recorded.merge(r.getRegionCode(), uncounted, Long::sum);
            byDestination.merge(destination, uncounted, Long::sum);
            bySexAge.merge(SexAge.WOMEN, (long) r.getWomen(), Long::sum);
            bySexAge.merge(SexAge.GIRLS, (long) r.getGirls(), Long::sum);
            bySexAge.merge(SexAge.MEN, (long) r.getMen(), Long::sum);
            bySexAge.merge(SexAge.BOYS, (long) r.getBoys(), Long::sum);
        }
        long victims = 0;
        long sentHome = 0;
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
                .and(inYear)
                .groupBy(
                        INTERCEPTED_PERSON.INTERCEPTION_ID,
                        INTERCEPTED_PERSON.SEX,
                        INTERCEPTED_PERSON.CHILD,
                        INTERCEPTED_PERSON.FOLLOW_UP)
                .fetch();
        for (var p : persons) {
            long n = p.value5();
            long id = p.value1();
            recorded.merge(regionOf.get(id), n, Long::sum);
            byDestination.merge(destinationOf.get(id), n, Long::sum);
            bySexAge.merge(SexAge.of(p.value2(), p.value3()), n, Long::sum);
            if (FollowUp.VICTIM.name().equals(p.value4())) {
                victims += n;
            } else if (FollowUp.SENT_HOME.name().equals(p.value4())) {
                sentHome += n;
            }
        }
        Map<String, Long> aggregates = new HashMap<>();
        db.select(YEARLY_AGGREGATE.REGION_CODE, YEARLY_AGGREGATE.PERSONS)
                .from(YEARLY_AGGREGATE)
                .where(YEARLY_AGGREGATE.YEAR.eq((short) year))
                .and(
                        regionCode == null
                                ? DSL.trueCondition()
                                : RegionScope.of(List.of(regionCode)).condition(YEARLY_AGGREGATE.REGION_CODE))
                .forEach(a -> aggregates.put(a.value1(), (long) a.value2()));
        long recordedPersons =
                recorded.values().stream().mapToLong(Long::longValue).sum();
        long total = InterceptionTotals.total(regionCode, aggregates, recorded);
        byDestination.values().removeIf(v -> v == 0);
        return new Counts(
                regionCode,
                year,
                total,
                recordedPersons,
                total - recordedPersons,
                regionOf.size(),
                victims,
                sentHome,
                bySexAge,
                byDestination);
    }
}
