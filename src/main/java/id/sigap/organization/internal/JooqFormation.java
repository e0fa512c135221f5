package id.sigap.organization.internal;

import static id.sigap.organization.internal.db.Tables.TASK_FORCE;

import id.sigap.organization.Formation;
import id.sigap.organization.FormationStatus;
import id.sigap.organization.OrgLevel;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

@Service
class JooqFormation implements Formation {

    private final DSLContext db;
    private final Regions regions;
    private volatile List<RegionRef> hierarchy;

    JooqFormation(DSLContext db, Regions regions) {
        this.db = db;
        this.regions = regions;
    }

    @Override
    public FormationStatus on(LocalDate date) {
        Map<String, Long> formed = db.select(TASK_FORCE.REGION_CODE, TASK_FORCE.ID)
                .from(TASK_FORCE)
                .where(TASK_FORCE.REGION_CODE.isNotNull())
                .and(AgencyRows.covers(TASK_FORCE.VALID_FROM, TASK_FORCE.VALID_TO, date))
                .fetchMap(TASK_FORCE.REGION_CODE, TASK_FORCE.ID);
        List<FormationStatus.Item> items = new ArrayList<>();
        int provinces = 0;
        int provincesFormed = 0;
        int regencies = 0;
        int regenciesFormed = 0;
        for (RegionRef r : hierarchy()) {
            Long tf = formed.get(r.code());
            boolean province = r.parentCode() == null;
            OrgLevel level = province ? OrgLevel.PROVINCE : OrgLevel.REGENCY;
            items.add(new FormationStatus.Item(r.code(), r.name(), level, r.provinceCode(), tf));
            if (province) {
                provinces++;
                provincesFormed += tf == null ? 0 : 1;
            } else {
                regencies++;
                regenciesFormed += tf == null ? 0 : 1;
            }
        }
        return new FormationStatus(
                date,
                new FormationStatus.Count(provincesFormed, provinces),
                new FormationStatus.Count(regenciesFormed, regencies),
                items);
    }

    /** Provinces, each followed by its regencies (reference data: loaded once). */
    private List<RegionRef> hierarchy() {
        List<RegionRef> h = hierarchy;
        if (h == null) {
            List<RegionRef> out = new ArrayList<>();
            for (RegionRef p : regions.provinces()) {
                out.add(p);
                out.addAll(regions.children(p.code()));
            }
            h = List.copyOf(out);
            hierarchy = h;
        }
        return h;
    }
}
