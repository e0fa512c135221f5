package id.sigap.prevention.internal;

import static id.sigap.prevention.internal.db.Tables.YEARLY_AGGREGATE;

import id.sigap.region.Regions;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly interception figures per region, kept by the task-force secretariat of the region (optimistic locking). An
 * aggregate is the whole count of its region-year, registered persons included (see
 * {@link id.sigap.prevention.InterceptionTotals}).
 */
@Service
public class YearlyAggregates {

    public record Aggregate(long id, String regionCode, int year, int persons, String source, int version) {}

    private final DSLContext db;
    private final PreventionAccess access;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    YearlyAggregates(DSLContext db, PreventionAccess access, Regions regions, AuditTrail audit, Clock clock) {
        this.db = db;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<Aggregate> list(SigapUser user, PageRequest page) {
        var scope = access.countScope(user);
        if (scope.isEmpty()) {
            access.requireCounts(user, null);
        }
        var where = scope.condition(YEARLY_AGGREGATE.REGION_CODE);
        long total = db.fetchCount(YEARLY_AGGREGATE, where);
        var rows = db.selectFrom(YEARLY_AGGREGATE)
                .where(where)
                .orderBy(YEARLY_AGGREGATE.REGION_CODE, YEARLY_AGGREGATE.YEAR.desc())
                .limit(page.size())
                .offset(page.offset())
                .fetch(r -> new Aggregate(
                        r.getId(), r.getRegionCode(), r.getYear(), r.getPersons(), r.getSource(), r.getVersion()));
        return new Page<>(rows, page.page(), page.size(), total);
    }

    @Transactional
    public long create(SigapUser user, String regionCode, Integer year, Integer persons, String source) {
        check(regionCode, year, persons, source);
        access.requireAggregates(user, regionCode, null);
        try {
            long id = db.insertInto(YEARLY_AGGREGATE)
                    .set(YEARLY_AGGREGATE.REGION_CODE, regionCode)
                    .set(YEARLY_AGGREGATE.PROVINCE_CODE, regionCode.substring(0, 2))
                    .set(YEARLY_AGGREGATE.YEAR, year.shortValue())
                    .set(YEARLY_AGGREGATE.PERSONS, persons)
                    .set(YEARLY_AGGREGATE.SOURCE, source.strip())
                    .set(YEARLY_AGGREGATE.UPDATED_BY, user.id() > 0 ? user.id() : null)
                    .set(YEARLY_AGGREGATE.UPDATED_AT, OffsetDateTime.now(clock))
                    .returning(YEARLY_AGGREGATE.ID)
                    .fetchSingle(YEARLY_AGGREGATE.ID);
            audit.created(PreventionAccess.AGGREGATE, id, regionCode);
            return id;
        } catch (DuplicateKeyException e) {
            throw new SigapException.Conflict("prevention.aggregate-exists");
        }
    }

    @Transactional
    public void update(SigapUser user, long id, Integer version, Integer persons, String source) {
        var row = find(id);
        check(row.getRegionCode(), (int) row.getYear(), persons, source);
        access.requireAggregates(user, row.getRegionCode(), id);
        int updated = db.update(YEARLY_AGGREGATE)
                .set(YEARLY_AGGREGATE.PERSONS, persons)
                .set(YEARLY_AGGREGATE.SOURCE, source.strip())
                .set(YEARLY_AGGREGATE.UPDATED_BY, user.id() > 0 ? user.id() : null)
                .set(YEARLY_AGGREGATE.UPDATED_AT, OffsetDateTime.now(clock))
                .set(YEARLY_AGGREGATE.VERSION, YEARLY_AGGREGATE.VERSION.plus(1))
                .where(YEARLY_AGGREGATE.ID.eq(id))
                .and(YEARLY_AGGREGATE.VERSION.eq(Interceptions.requireVersion(version)))
                .execute();
        if (updated == 0) {
            throw new SigapException.Conflict("prevention.stale");
        }
        audit.updated(PreventionAccess.AGGREGATE, id, row.getRegionCode(), "persons,source");
    }

    @Transactional
    public void delete(SigapUser user, long id, Integer version) {
        var row = find(id);
        access.requireAggregates(user, row.getRegionCode(), id);
        int deleted = db.deleteFrom(YEARLY_AGGREGATE)
                .where(YEARLY_AGGREGATE.ID.eq(id))
                .and(YEARLY_AGGREGATE.VERSION.eq(Interceptions.requireVersion(version)))
                .execute();
        if (deleted == 0) {
            throw new SigapException.Conflict("prevention.stale");
        }
        audit.deleted(PreventionAccess.AGGREGATE, id, row.getRegionCode());
    }

    private id.sigap.prevention.internal.db.tables.records.YearlyAggregateRecord find(long id) {
        return db.selectFrom(YEARLY_AGGREGATE)
                .where(YEARLY_AGGREGATE.ID.eq(id))
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("prevention.aggregate-not-found"));
    }

    private void check(String regionCode, Integer year, Integer persons, String source) {
        List<FieldProblem> problems = new ArrayList<>();
        if (regionCode == null || !regions.exists(regionCode)) {
            problems.add(new FieldProblem("regionCode", "prevention.region-unknown"));
        }
        if (year == null || year < 1990 || year > OffsetDateTime.now(clock).getYear()) {
            problems.add(new FieldProblem("year", "prevention.year-invalid"));
        }
        if (persons == null || persons < 0 || persons > 10_000_000) {
            problems.add(new FieldProblem("persons", "prevention.count-invalid", 10_000_000));
        }
        if (source == null || source.isBlank()) {
            problems.add(new FieldProblem("source", "prevention.source-required"));
        } else if (source.length() > 500) {
            problems.add(new FieldProblem("source", "prevention.text-too-long", 500));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }
}
