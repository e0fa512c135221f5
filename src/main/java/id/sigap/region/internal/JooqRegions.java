package id.sigap.region.internal;

import static id.sigap.region.internal.db.Tables.ADMIN_REGION;
import static id.sigap.region.internal.db.Tables.COUNTRY;

import id.sigap.region.Country;
import id.sigap.region.LocatedRegion;
import id.sigap.region.RegionCodes;
import id.sigap.region.RegionLevel;
import id.sigap.region.RegionOrder;
import id.sigap.region.RegionQuery;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.region.internal.db.tables.records.AdminRegionRecord;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.springframework.stereotype.Service;

@Service
class JooqRegions implements Regions {

    private final DSLContext db;
    private final RegionSearch search;
    private final AncestorNames ancestors;
    private final CountrySearch countrySearch;

    JooqRegions(DSLContext db, RegionSearch search, AncestorNames ancestors) {
        this.db = db;
        this.search = search;
        this.ancestors = ancestors;
        this.countrySearch = new CountrySearch(this::countries);
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
    public Optional<LocatedRegion> locate(String code) {
        return find(code).map(ancestors::locate);
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
        return db.selectFrom(ADMIN_REGION)
                .where(childOf(parentCode))
                .orderBy(ADMIN_REGION.CODE)
                .fetch(JooqRegions::toRef);
    }

    @Override
    public Page<RegionRef> children(String parentCode, PageRequest page, RegionOrder order) {
        Condition where = childOf(parentCode);
        int total = db.fetchCount(ADMIN_REGION, where);
        List<RegionRef> rows = db.selectFrom(ADMIN_REGION)
                .where(where)
                .orderBy(sort(order))
                .limit(page.size())
                .offset(page.offset())
                .fetch(JooqRegions::toRef);
        return new Page<>(rows, page.page(), page.size(), total);
    }

    @Override
    public long count(String code, RegionLevel level) {
        Condition where = ADMIN_REGION.LEVEL.eq((short) level.depth());
        if (code != null) {
            where = where.and(ADMIN_REGION.CODE.eq(code).or(ADMIN_REGION.CODE.startsWith(code + ".")));
        }
        return db.fetchCount(ADMIN_REGION, where);
    }

    private static Condition childOf(String parentCode) {
        return parentCode == null
                ? ADMIN_REGION.LEVEL.eq((short) RegionLevel.PROVINCE.depth())
                : ADMIN_REGION.PARENT_CODE.eq(parentCode);
    }

    private static SortField<?>[] sort(RegionOrder order) {
        return switch (order) {
            case CODE -> new SortField<?>[] {ADMIN_REGION.CODE.asc()};
            case NAME -> new SortField<?>[] {ADMIN_REGION.SEARCH_NAME.asc(), ADMIN_REGION.CODE.asc()};
            case POPULATION ->
                new SortField<?>[] {ADMIN_REGION.POPULATION.desc().nullsLast(), ADMIN_REGION.CODE.asc()};
            case AREA -> new SortField<?>[] {ADMIN_REGION.AREA_KM2.desc().nullsLast(), ADMIN_REGION.CODE.asc()};
        };
    }

    @Override
    public List<RegionRef> search(String text, RegionLevel maxLevel, int limit) {
        return lookup(new RegionQuery(text, null, maxLevel, null, limit)).stream()
                .map(LocatedRegion::region)
                .toList();
    }

    @Override
    public List<LocatedRegion> lookup(RegionQuery query) {
        return search.lookup(query);
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

    @Override
    public List<Country> searchCountries(String text, int limit) {
        if (text != null && text.length() > RegionQuery.MAX_TEXT) {
            throw new SigapException.Invalid("q", "region.query-too-long", RegionQuery.MAX_TEXT);
        }
        return countrySearch.search(text, limit);
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
