package id.sigap.prevention.internal;

import id.sigap.region.RegionLevel;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Which districts and villages of a regency outreach activities reached: a village is reached by a village-level
 * activity there; a district by any activity in it or in one of its villages.
 */
@Service
public class OutreachCoverage {

    public record DistrictRow(
            String code,
            String name,
            boolean reached,
            int villagesReached,
            int villages,
            int activities,
            long people) {}

    public record Coverage(
            RegionRef regency, List<DistrictRow> districts, int districtsReached, int villagesReached, int villages) {}

    private final OutreachActivities activities;
    private final Regions regions;
    private final PreventionAccess access;

    OutreachCoverage(OutreachActivities activities, Regions regions, PreventionAccess access) {
        this.activities = activities;
        this.regions = regions;
        this.access = access;
    }

    public Coverage of(SigapUser user, String regencyCode) {
        RegionRef regency = regions.find(regencyCode)
                .filter(r -> r.level() == RegionLevel.REGENCY)
                .orElseThrow(() -> new SigapException.Invalid("wilayah", "prevention.regency-required"));
        access.requireActivityRead(user, regency.code(), PreventionAccess.OUTREACH, null);
        Set<String> villagesReached = new HashSet<>();
        Map<String, Integer> activitiesPerDistrict = new HashMap<>();
        Map<String, Long> peoplePerDistrict = new HashMap<>();
        for (var a : activities.reachedUnder(regency.code())) {
            String code = a.value1();
            String district = code.substring(0, 8);
            activitiesPerDistrict.merge(district, 1, Integer::sum);
            peoplePerDistrict.merge(district, (long) a.value2(), Long::sum);
            if (RegionLevel.ofCode(code) == RegionLevel.VILLAGE) {
                villagesReached.add(code);
            }
        }
        List<DistrictRow> rows = new ArrayList<>();
        int districtsReached = 0;
        int villagesTotal = 0;
        for (RegionRef d : regions.children(regency.code())) {
            List<RegionRef> villages = regions.children(d.code());
            int reachedHere = (int) villages.stream()
                    .filter(v -> villagesReached.contains(v.code()))
                    .count();
            int acts = activitiesPerDistrict.getOrDefault(d.code(), 0);
            boolean reached = acts > 0;
            districtsReached += reached ? 1 : 0;
            villagesTotal += villages.size();
            rows.add(new DistrictRow(
                    d.code(),
                    d.name(),
                    reached,
                    reachedHere,
                    villages.size(),
                    acts,
                    peoplePerDistrict.getOrDefault(d.code(), 0L)));
        }
        int reachedVillages = (int) villagesReached.stream()
                .filter(v -> RegionScope.isWithin(v, regency.code()))
                .count();
        return new Coverage(regency, rows, districtsReached, reachedVillages, villagesTotal);
    }
}
