package id.sigap.organization.internal;

import static id.sigap.organization.internal.db.Tables.AGENCY;
import static id.sigap.organization.internal.db.Tables.AGENCY_NAME_HISTORY;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyChange;
import id.sigap.organization.AgencyName;
import id.sigap.organization.AgencyQuery;
import id.sigap.organization.Contact;
import id.sigap.region.RegionCodes;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JooqAgencies implements Agencies {

    static final String AUDIT_TYPE = "agency";
    private static final String NAME_UNIQUE = "agency_name_per_region_uq";

    private final DSLContext db;
    private final AgencyRows rows;
    private final AgencyRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    JooqAgencies(DSLContext db, AgencyRows rows, AgencyRules rules, AuditTrail audit, Clock clock) {
        this.db = db;
        this.rows = rows;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Agency create(id.sigap.organization.NewAgency a) {
        rules.check(a.name(), a.regionCode(), a.parentAgencyId(), null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Contact c = a.contact();
        long id = ConstraintViolations.guard(
                () -> db.insertInto(AGENCY)
                        .set(AGENCY.NAME, a.name())
                        .set(AGENCY.SHORT_NAME, a.shortName())
                        .set(AGENCY.TYPE, a.type().name())
                        .set(AGENCY.LEVEL, a.level().name())
                        .set(AGENCY.REGION_CODE, a.regionCode())
                        .set(AGENCY.PARENT_AGENCY_ID, a.parentAgencyId())
                        .set(AGENCY.ADDRESS, c.address())
                        .set(AGENCY.PHONE, c.phone())
                        .set(AGENCY.EMAIL, c.email())
                        .set(AGENCY.WEBSITE, c.website())
                        .set(AGENCY.CREATED_AT, now)
                        .set(AGENCY.UPDATED_AT, now)
                        .returning(AGENCY.ID)
                        .fetchSingle(AGENCY.ID),
                NAME_UNIQUE,
                AgencyRules::duplicateName);
        db.insertInto(AGENCY_NAME_HISTORY)
                .set(AGENCY_NAME_HISTORY.AGENCY_ID, id)
                .set(AGENCY_NAME_HISTORY.NAME, a.name())
                .set(AGENCY_NAME_HISTORY.SHORT_NAME, a.shortName())
                .execute();
        audit.created(AUDIT_TYPE, id, a.regionCode());
        return require(id);
    }

    @Override
    @Transactional
    public Agency update(long id, AgencyChange ch) {
        Agency current = require(id);
        rules.requireVersion(current.version(), ch.version());
        rules.check(ch.name(), ch.regionCode(), ch.parentAgencyId(), id);
        List<String> changed = changedFields(current, ch);
        if (changed.contains("name") || changed.contains("shortName")) {
            rules.rename(id, ch.name(), ch.shortName(), ch.renamedOn());
        }
        Contact c = ch.contact();
        int updated = ConstraintViolations.guard(
                () -> db.update(AGENCY)
                        .set(AGENCY.NAME, ch.name())
                        .set(AGENCY.SHORT_NAME, ch.shortName())
                        .set(AGENCY.TYPE, ch.type().name())
                        .set(AGENCY.LEVEL, ch.level().name())
                        .set(AGENCY.REGION_CODE, ch.regionCode())
                        .set(AGENCY.PARENT_AGENCY_ID, ch.parentAgencyId())
                        .set(AGENCY.ADDRESS, c.address())
                        .set(AGENCY.PHONE, c.phone())
                        .set(AGENCY.EMAIL, c.email())
                        .set(AGENCY.WEBSITE, c.website())
                        .set(AGENCY.VERSION, AGENCY.VERSION.plus(1))
                        .set(AGENCY.UPDATED_AT, OffsetDateTime.now(clock))
                        .where(AGENCY.ID.eq(id).and(AGENCY.VERSION.eq(ch.version())))
                        .execute(),
                NAME_UNIQUE,
                AgencyRules::duplicateName);
        rules.requireVersion(updated == 1 ? ch.version() : -1, ch.version());
        audit.updated(AUDIT_TYPE, id, ch.regionCode(), String.join(",", changed));
        return require(id);
    }

    @Override
    @Transactional
    public Agency deactivate(long id, int version) {
        Agency current = require(id);
        int updated = db.update(AGENCY)
                .set(AGENCY.ACTIVE, false)
                .set(AGENCY.VERSION, AGENCY.VERSION.plus(1))
                .set(AGENCY.UPDATED_AT, OffsetDateTime.now(clock))
                .where(AGENCY.ID.eq(id).and(AGENCY.VERSION.eq(version)))
                .execute();
        rules.requireVersion(updated == 1 ? version : -1, version);
        audit.updated(AUDIT_TYPE, id, current.regionCode(), "active");
        return require(id);
    }

    @Override
    public Optional<Agency> find(long id) {
        return rows.find(id);
    }

    @Override
    public Agency require(long id) {
        return find(id).orElseThrow(() -> new SigapException.NotFound("agency.not-found"));
    }

    @Override
    public Optional<Agency> findByName(String regionCode, String name) {
        String clean = name == null ? null : name.strip().replaceAll("\\s+", " ");
        if (clean == null || clean.isEmpty()) {
            return Optional.empty();
        }
        return db.selectFrom(AGENCY)
                .where(DSL.coalesce(AGENCY.REGION_CODE, "").eq(regionCode == null ? "" : regionCode))
                .and(DSL.lower(DSL.trim(AGENCY.NAME)).eq(clean.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional()
                .map(AgencyRows::toAgency);
    }

    @Override
    public Page<Agency> search(AgencyQuery q, RegionScope scope, PageRequest page) {
        Condition where = scope.condition(AGENCY.REGION_CODE);
        if (!q.includeInactive()) {
            where = where.and(AGENCY.ACTIVE.isTrue());
        }
        if (q.type() != null) {
            where = where.and(AGENCY.TYPE.eq(q.type().name()));
        }
        if (q.regionCode() != null) {
            where = where.and(RegionScope.of(Set.of(q.regionCode())).condition(AGENCY.REGION_CODE));
        }
        if (q.text() != null) {
            where = where.and(
                    AGENCY.NAME.containsIgnoreCase(q.text()).or(AGENCY.SHORT_NAME.containsIgnoreCase(q.text())));
        }
        int total = db.fetchCount(AGENCY, where);
        List<Agency> content = db.selectFrom(AGENCY)
                .where(where)
                .orderBy(order(q))
                .limit(page.size())
                .offset(page.offset())
                .fetch(AgencyRows::toAgency);
        return new Page<>(content, page.page(), page.size(), total);
    }

    private static List<SortField<?>> order(AgencyQuery q) {
        SortField<String> name = q.descending()
                ? DSL.lower(AGENCY.NAME).desc()
                : DSL.lower(AGENCY.NAME).asc();
        return switch (q.sort()) {
            case "type" ->
                List.of(
                        q.descending() ? AGENCY.TYPE.desc() : AGENCY.TYPE.asc(),
                        DSL.lower(AGENCY.NAME).asc());
            case "region" ->
                List.of(
                        q.descending()
                                ? AGENCY.REGION_CODE.desc().nullsLast()
                                : AGENCY.REGION_CODE.asc().nullsFirst(),
                        DSL.lower(AGENCY.NAME).asc());
            default -> List.of(name, AGENCY.ID.asc());
        };
    }

    @Override
    public List<Agency> candidatesFor(String regionCode) {
        Condition where = AGENCY.ACTIVE.isTrue();
        if (regionCode != null) {
            List<String> ancestors = new ArrayList<>();
            for (String p = RegionCodes.parentOf(regionCode); p != null; p = RegionCodes.parentOf(p)) {
                ancestors.add(p);
            }
            where = where.and(AGENCY.REGION_CODE
                    .isNull()
                    .or(AGENCY.REGION_CODE.in(ancestors))
                    .or(RegionScope.of(Set.of(regionCode)).condition(AGENCY.REGION_CODE)));
        }
        return db.selectFrom(AGENCY)
                .where(where)
                .orderBy(AGENCY.REGION_CODE.asc().nullsFirst(), DSL.lower(AGENCY.NAME))
                .limit(2000)
                .fetch(AgencyRows::toAgency);
    }

    @Override
    public List<AgencyName> names(long id) {
        return rows.names(id);
    }

    @Override
    public String nameOn(long id, LocalDate date) {
        String name = rows.namesOn(List.of(id), date).get(id);
        if (name == null) {
            throw new SigapException.NotFound("agency.not-found");
        }
        return name;
    }

    private static List<String> changedFields(Agency a, AgencyChange ch) {
        List<String> out = new ArrayList<>();
        addIf(out, "name", a.name(), ch.name());
        addIf(out, "shortName", a.shortName(), ch.shortName());
        addIf(out, "type", a.type(), ch.type());
        addIf(out, "level", a.level(), ch.level());
        addIf(out, "regionCode", a.regionCode(), ch.regionCode());
        addIf(out, "parentAgencyId", a.parentAgencyId(), ch.parentAgencyId());
        addIf(out, "contact", a.contact(), ch.contact());
        return out;
    }

    private static void addIf(List<String> out, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(field);
        }
    }
}
