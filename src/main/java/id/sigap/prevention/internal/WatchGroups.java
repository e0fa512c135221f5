package id.sigap.prevention.internal;

import static id.sigap.prevention.internal.db.Tables.WATCH_GROUP;

import id.sigap.region.RegionLevel;
import id.sigap.region.Regions;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.Jakarta;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of village agents of change and community watch groups; members count changed with locking. */
@Service
public class WatchGroups {

    public static final Set<String> KINDS = Set.of("AGENTS_OF_CHANGE", "COMMUNITY_WATCH");

    public record Group(
            long id,
            String villageCode,
            String name,
            String kind,
            int members,
            String contact,
            LocalDate activeSince,
            int version) {}

    public record GroupInput(
            String villageCode, String name, String kind, Integer members, String contact, LocalDate activeSince) {}

    private final DSLContext db;
    private final PreventionAccess access;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    WatchGroups(DSLContext db, PreventionAccess access, Regions regions, AuditTrail audit, Clock clock) {
        this.db = db;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<Group> list(SigapUser user, String within, PageRequest page) {
        RegionScope scope = access.activityScope(user);
        if (within != null) {
            access.requireActivityRead(user, within, PreventionAccess.WATCH_GROUP, null);
        } else if (scope.isEmpty()) {
            access.requireActivityRead(user, null, PreventionAccess.WATCH_GROUP, null);
        }
        var where = scope.condition(WATCH_GROUP.VILLAGE_CODE);
        if (within != null) {
            where = where.and(RegionScope.of(List.of(within)).condition(WATCH_GROUP.VILLAGE_CODE));
        }
        long total = db.fetchCount(WATCH_GROUP, where);
        var rows = db.selectFrom(WATCH_GROUP)
                .where(where)
                .orderBy(WATCH_GROUP.VILLAGE_CODE, WATCH_GROUP.NAME)
                .limit(page.size())
                .offset(page.offset())
                .fetch(r -> new Group(
                        r.getId(),
                        r.getVillageCode(),
                        r.getName(),
                        r.getKind(),
                        r.getMembers(),
                        r.getContact(),
                        r.getActiveSince(),
                        r.getVersion()));
        return new Page<>(rows, page.page(), page.size(), total);
    }

    @Transactional
    public long create(SigapUser user, GroupInput in) {
        check(in);
        access.requireActivities(user, in.villageCode(), PreventionAccess.WATCH_GROUP, null);
        long id = db.insertInto(WATCH_GROUP)
                .set(WATCH_GROUP.VILLAGE_CODE, in.villageCode())
                .set(WATCH_GROUP.PROVINCE_CODE, in.villageCode().substring(0, 2))
                .set(WATCH_GROUP.NAME, in.name().strip())
                .set(WATCH_GROUP.KIND, in.kind())
                .set(WATCH_GROUP.MEMBERS, in.members())
                .set(WATCH_GROUP.CONTACT, Interceptions.blankToNull(in.contact()))
                .set(WATCH_GROUP.ACTIVE_SINCE, in.activeSince())
                .set(WATCH_GROUP.RECORDED_BY, user.id() > 0 ? user.id() : null)
                .set(WATCH_GROUP.UPDATED_AT, OffsetDateTime.now(clock))
                .returning(WATCH_GROUP.ID)
                .fetchSingle(WATCH_GROUP.ID);
        audit.created(PreventionAccess.WATCH_GROUP, id, in.villageCode());
        return id;
    }

    /** Changes the number of members if {@code version} is current (else 409). */
    @Transactional
    public void updateMembers(SigapUser user, long id, Integer version, Integer members) {
        var row = find(id);
        access.requireActivities(user, row.getVillageCode(), PreventionAccess.WATCH_GROUP, id);
        if (members == null || members < 0) {
            throw new SigapException.Invalid("members", "prevention.number-invalid");
        }
        int updated = db.update(WATCH_GROUP)
                .set(WATCH_GROUP.MEMBERS, members)
                .set(WATCH_GROUP.UPDATED_AT, OffsetDateTime.now(clock))
                .set(WATCH_GROUP.VERSION, WATCH_GROUP.VERSION.plus(1))
                .where(WATCH_GROUP.ID.eq(id))
                .and(WATCH_GROUP.VERSION.eq(Interceptions.requireVersion(version)))
                .execute();
        if (updated == 0) {
            throw new SigapException.Conflict("prevention.stale");
        }
        audit.updated(PreventionAccess.WATCH_GROUP, id, row.getVillageCode(), "members");
    }

    @Transactional
    public void delete(SigapUser user, long id, Integer version) {
        var row = find(id);
        access.requireActivities(user, row.getVillageCode(), PreventionAccess.WATCH_GROUP, id);
        int deleted = db.deleteFrom(WATCH_GROUP)
                .where(WATCH_GROUP.ID.eq(id))
                .and(WATCH_GROUP.VERSION.eq(Interceptions.requireVersion(version)))
                .execute();
        if (deleted == 0) {
            throw new SigapException.Conflict("prevention.stale");
        }
        audit.deleted(PreventionAccess.WATCH_GROUP, id, row.getVillageCode());
    }

    private id.sigap.prevention.internal.db.tables.records.WatchGroupRecord find(long id) {
        return db.selectFrom(WATCH_GROUP)
                .where(WATCH_GROUP.ID.eq(id))
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("prevention.group-not-found"));
    }

    private void check(GroupInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.villageCode() == null
                || !regions.exists(in.villageCode())
                || RegionLevel.ofCode(in.villageCode()) != RegionLevel.VILLAGE) {
            problems.add(new FieldProblem("villageCode", "prevention.village-required"));
        }
        if (in.name() == null || in.name().isBlank()) {
            problems.add(new FieldProblem("name", "prevention.name-required"));
        } else if (in.name().length() > 200) {
            problems.add(new FieldProblem("name", "prevention.text-too-long", 200));
        }
        if (in.kind() == null || !KINDS.contains(in.kind())) {
            problems.add(new FieldProblem("kind", "prevention.kind-unknown"));
        }
        if (in.members() == null || in.members() < 0) {
            problems.add(new FieldProblem("members", "prevention.number-invalid"));
        }
        if (in.contact() != null && in.contact().length() > 300) {
            problems.add(new FieldProblem("contact", "prevention.text-too-long", 300));
        }
        if (in.activeSince() == null) {
            problems.add(new FieldProblem("activeSince", "prevention.date-required"));
        } else if (in.activeSince().isAfter(Jakarta.today(clock))) {
            problems.add(new FieldProblem("activeSince", "prevention.date-future"));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }
}
