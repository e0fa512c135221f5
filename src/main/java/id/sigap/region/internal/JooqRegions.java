package id.sigap.region.internal;

import static id.sigap.region.internal.db.Tables.ADMIN_REGION;
import static id.sigap.region.internal.db.Tables.COUNTRY;

import id.sigap.region.Country;
import id.sigap.region.RegionCodes;
import id.sigap.region.RegionLevel;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.region.internal.db.tables.records.AdminRegionRecord;
import id.sigap.shared.SigapException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

@Service
class JooqRegions implements Regions {

    private final DSLContext db;

    JooqRegions(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<RegionRef> find(String code) {
        if (!RegionCodes.isWellFormed(code)) {
            return Optional.empty();
        }
        return db.selectFrom(ADMIN_REGION)
                .where(ADMIN_REGION.CODE.eq(code))
                .fetchOptional()
                .map(JooqRegions::toRef);
    }

    @Override
    public RegionRef require(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new SigapException.Invalid(field, "field.required");
        }
        return find(code.trim()).orElseThrow(() -> new SigapException.Invalid(field, "region.unknown", code.trim()));
    }

    @Override
    public boolean exists(String code) {
        return RegionCodes.isWellFormed(code) && db.fetchExists(ADMIN_REGION, ADMIN_REGION.CODE.eq(code));
    }

    @Override
    public List<RegionRef> children(String parentCode) {
        var where = parentCode == null ? ADMIN_REGION.LEVEL.eq((short) 1) : ADMIN_REGION.PARENT_CODE.eq(parentCode);
        return db.selectFrom(ADMIN_REGION)
                .where(where)
                .orderBy(ADMIN_REGION.CODE)
                .fetch(JooqRegions::toRef);
    }

    @Override
    public List<RegionRef> search(String text, RegionLevel maxLevel, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String q = text.trim().toLowerCase(Locale.ROOT);
        int cap = Math.max(1, Math.min(limit, 50));
        short depth = (short) (maxLevel == null ? 4 : maxLevel.depth());
        if (q.matches("[0-9.]+")) {
            return db.selectFrom(ADMIN_REGION)
                    .where(ADMIN_REGION.CODE.like(q.replace("%", "") + "%"))
                    .and(ADMIN_REGION.LEVEL.le(depth))
                    .orderBy(ADMIN_REGION.LEVEL, ADMIN_REGION.CODE)
                    .limit(cap)
                    .fetch(JooqRegions::toRef);
        }
        Field<String> lname = DSL.lower(ADMIN_REGION.NAME);
        String like = "%" + escape(q) + "%";
        Field<Integer> rank = DSL.when(lname.eq(q), 0)
                .when(lname.like(escape(q) + "%"), 1)
                .when(lname.like("% " + escape(q) + "%"), 2)
                .otherwise(3);
        return db.selectFrom(ADMIN_REGION)
                .where(lname.like(like))
                .and(ADMIN_REGION.LEVEL.le(depth))
                .orderBy(rank, ADMIN_REGION.LEVEL, ADMIN_REGION.NAME)
                .limit(cap)
                .fetch(JooqRegions::toRef);
    }

    @Override
    public List<RegionRef> provinces() {
        return children(null);
    }

    @Override
    public Optional<Country> country(String iso2) {
        if (iso2 == null || !iso2.matches("[A-Za-z]{2}")) {
            return Optional.empty();
        }
        return db.selectFrom(COUNTRY)
                .where(COUNTRY.ISO2.eq(iso2.toUpperCase(Locale.ROOT)))
                .fetchOptional()
                .map(c -> new Country(c.getIso2(), c.getIso3(), c.getNameId(), c.getNameEn()));
    }

    @Override
    public List<Country> countries() {
        return db.selectFrom(COUNTRY)
                .orderBy(COUNTRY.NAME_ID)
                .fetch(c -> new Country(c.getIso2(), c.getIso3(), c.getNameId(), c.getNameEn()));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static RegionRef toRef(AdminRegionRecord r) {
        return new RegionRef(
                r.getCode(),
                r.getName(),
                RegionLevel.ofDepth(r.getLevel()),
                r.getParentCode(),
                r.getPopulation(),
                r.getAreaKm2() == null ? null : r.getAreaKm2().doubleValue());
    }
}
