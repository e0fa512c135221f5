package id.sigap.prevention.internal;

import static id.sigap.prevention.internal.db.Tables.OUTREACH_ACTIVITY;

import id.sigap.prevention.OutreachLevel;
import id.sigap.prevention.OutreachStatistics;
import id.sigap.prevention.OutreachTopic;
import id.sigap.prevention.SexAge;
import id.sigap.security.RegionScope;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/** {@link OutreachStatistics} from the outreach activities, with region sizes from the region reference data. */
@Service
class JooqOutreachStatistics implements OutreachStatistics {

    private final DSLContext db;
    private final RegionSizes sizes;

    JooqOutreachStatistics(DSLContext db, RegionSizes sizes) {
        this.db = db;
        this.sizes = sizes;
    }

    @Override
    public Coverage of(String regionCode, int fromYear, int toYear) {
        Condition where = OUTREACH_ACTIVITY.HELD_ON.between(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
        if (regionCode != null) {
            where = where.and(RegionScope.of(List.of(regionCode)).condition(OUTREACH_ACTIVITY.REGION_CODE));
        }
        var rows = db.select(
                        OUTREACH_ACTIVITY.REGION_CODE,
                        OUTREACH_ACTIVITY.LEVEL,
                        OUTREACH_ACTIVITY.TOPIC,
                        DSL.count(),
                        DSL.sum(OUTREACH_ACTIVITY.WOMEN),
                        DSL.sum(OUTREACH_ACTIVITY.GIRLS),
                        DSL.sum(OUTREACH_ACTIVITY.MEN),
                        DSL.sum(OUTREACH_ACTIVITY.BOYS))
                .from(OUTREACH_ACTIVITY)
                .where(where)
                .groupBy(OUTREACH_ACTIVITY.REGION_CODE, OUTREACH_ACTIVITY.LEVEL, OUTREACH_ACTIVITY.TOPIC)
                .fetch();
        long activities = 0;
        Map<SexAge, Long> audience = new EnumMap<>(SexAge.class);
        Map<OutreachTopic, Long> byTopic = new EnumMap<>(OutreachTopic.class);
        Set<String> villages = new HashSet<>();
        Set<String> districts = new HashSet<>();
        for (var r : rows) {
            long n = r.value4();
            activities += n;
            byTopic.merge(OutreachTopic.valueOf(r.value3()), n, Long::sum);
            audience.merge(SexAge.WOMEN, r.value5().longValue(), Long::sum);
            audience.merge(SexAge.GIRLS, r.value6().longValue(), Long::sum);
            audience.merge(SexAge.MEN, r.value7().longValue(), Long::sum);
            audience.merge(SexAge.BOYS, r.value8().longValue(), Long::sum);
            OutreachLevel level = OutreachLevel.valueOf(r.value2());
            if (level == OutreachLevel.VILLAGE) {
                villages.add(r.value1());
            }
            if (level == OutreachLevel.VILLAGE || level == OutreachLevel.DISTRICT) {
                districts.add(r.value1().substring(0, 8));
            }
        }
        RegionSizes.Size size = sizes.of(regionCode);
        return new Coverage(
                regionCode,
                activities,
                audience,
                byTopic,
                villages.size(),
                size.villages(),
                districts.size(),
                size.districts());
    }
}
