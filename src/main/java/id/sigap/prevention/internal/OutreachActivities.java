package id.sigap.prevention.internal;

import static id.sigap.prevention.internal.db.Tables.OUTREACH_ACTIVITY;

import id.sigap.prevention.Headcount;
import id.sigap.prevention.OutreachLevel;
import id.sigap.prevention.OutreachTopic;
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
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Outreach and awareness activities: record, list within the reader's scope (national ones for everyone), delete. */
@Service
public class OutreachActivities {

    public record Activity(
            long id,
            LocalDate heldOn,
            OutreachLevel level,
            String regionCode,
            String title,
            OutreachTopic topic,
            Headcount audience,
            String partners,
            Long costRupiah,
            int version) {}

    public record ActivityInput(
            LocalDate heldOn,
            String level,
            String regionCode,
            String title,
            String topic,
            Headcount audience,
            String partners,
            Long costRupiah) {}

    private final DSLContext db;
    private final PreventionAccess access;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    OutreachActivities(DSLContext db, PreventionAccess access, Regions regions, AuditTrail audit, Clock clock) {
        this.db = db;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<Activity> list(SigapUser user, PageRequest page) {
        RegionScope scope = access.activityScope(user);
        if (scope.isEmpty()) {
            access.requireActivityRead(user, null, PreventionAccess.OUTREACH, null);
        }
        var where = scope.condition(OUTREACH_ACTIVITY.REGION_CODE).or(OUTREACH_ACTIVITY.REGION_CODE.isNull());
        long total = db.fetchCount(OUTREACH_ACTIVITY, where);
        var rows = db.selectFrom(OUTREACH_ACTIVITY)
                .where(where)
                .orderBy(OUTREACH_ACTIVITY.HELD_ON.desc(), OUTREACH_ACTIVITY.ID.desc())
                .limit(page.size())
                .offset(page.offset())
                .fetch(r -> new Activity(
                        r.getId(),
                        r.getHeldOn(),
                        OutreachLevel.valueOf(r.getLevel()),
                        r.getRegionCode(),
                        r.getTitle(),
                        OutreachTopic.valueOf(r.getTopic()),
                        new Headcount(r.getWomen(), r.getGirls(), r.getMen(), r.getBoys()),
                        r.getPartners(),
                        r.getCostRupiah(),
                        r.getVersion()));
        return new Page<>(rows, page.page(), page.size(), total);
    }

    @Transactional
    public long create(SigapUser user, ActivityInput in) {
        OutreachLevel level = check(in);
        String region = level == OutreachLevel.NATIONAL ? null : in.regionCode();
        access.requireActivities(user, region, PreventionAccess.OUTREACH, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = db.insertInto(OUTREACH_ACTIVITY)
                .set(OUTREACH_ACTIVITY.HELD_ON, in.heldOn())
                .set(OUTREACH_ACTIVITY.LEVEL, level.name())
                .set(OUTREACH_ACTIVITY.REGION_CODE, region)
                .set(OUTREACH_ACTIVITY.PROVINCE_CODE, region == null ? null : region.substring(0, 2))
                .set(OUTREACH_ACTIVITY.TITLE, in.title().strip())
                .set(OUTREACH_ACTIVITY.TOPIC, in.topic())
                .set(OUTREACH_ACTIVITY.WOMEN, in.audience().women())
                .set(OUTREACH_ACTIVITY.GIRLS, in.audience().girls())
                .set(OUTREACH_ACTIVITY.MEN, in.audience().men())
                .set(OUTREACH_ACTIVITY.BOYS, in.audience().boys())
                .set(OUTREACH_ACTIVITY.PARTNERS, Interceptions.blankToNull(in.partners()))
                .set(OUTREACH_ACTIVITY.COST_RUPIAH, in.costRupiah())
                .set(OUTREACH_ACTIVITY.AGENCY_ID, user.agencyId())
                .set(OUTREACH_ACTIVITY.RECORDED_BY, user.id() > 0 ? user.id() : null)
                .set(OUTREACH_ACTIVITY.CREATED_AT, now)
                .set(OUTREACH_ACTIVITY.UPDATED_AT, now)
                .returning(OUTREACH_ACTIVITY.ID)
                .fetchSingle(OUTREACH_ACTIVITY.ID);
        audit.created(PreventionAccess.OUTREACH, id, region);
        return id;
    }

    @Transactional
    public void delete(SigapUser user, long id, Integer version) {
        var row = db.selectFrom(OUTREACH_ACTIVITY)
                .where(OUTREACH_ACTIVITY.ID.eq(id))
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("prevention.outreach-not-found"));
        access.requireActivities(user, row.getRegionCode(), PreventionAccess.OUTREACH, id);
        int deleted = db.deleteFrom(OUTREACH_ACTIVITY)
                .where(OUTREACH_ACTIVITY.ID.eq(id))
                .and(OUTREACH_ACTIVITY.VERSION.eq(Interceptions.requireVersion(version)))
                .execute();
        if (deleted == 0) {
            throw new SigapException.Conflict("prevention.stale");
        }
        audit.deleted(PreventionAccess.OUTREACH, id, row.getRegionCode());
    }

    /** Village-, district-level activities under {@code regencyCode}: (region code, participants) per activity. */
    public List<org.jooq.Record2<String, Integer>> reachedUnder(String regencyCode) {
        return db.select(
                        OUTREACH_ACTIVITY.REGION_CODE,
                        OUTREACH_ACTIVITY
                                .WOMEN
                                .plus(OUTREACH_ACTIVITY.GIRLS)
                                .plus(OUTREACH_ACTIVITY.MEN)
                                .plus(OUTREACH_ACTIVITY.BOYS))
                .from(OUTREACH_ACTIVITY)
                .where(OUTREACH_ACTIVITY.REGION_CODE.like(regencyCode + ".%"))
                .and(OUTREACH_ACTIVITY.LEVEL.in(OutreachLevel.VILLAGE.name(), OutreachLevel.DISTRICT.name()))
                .fetch();
    }

    private OutreachLevel check(ActivityInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        OutreachLevel level = null;
        try {
            level = in.level() == null ? null : OutreachLevel.valueOf(in.level());
        } catch (IllegalArgumentException e) {
            level = null;
        }
        if (level == null) {
            problems.add(new FieldProblem("level", "prevention.level-unknown"));
        } else if (level != OutreachLevel.NATIONAL) {
            if (in.regionCode() == null || !regions.exists(in.regionCode())) {
                problems.add(new FieldProblem("regionCode", "prevention.region-unknown"));
            } else if (RegionLevel.ofCode(in.regionCode()) != level.regionLevel()) {
                problems.add(new FieldProblem("regionCode", "prevention.region-level"));
            }
        }
        if (in.heldOn() == null) {
            problems.add(new FieldProblem("heldOn", "prevention.date-required"));
        } else if (in.heldOn().isAfter(Jakarta.today(clock))) {
            problems.add(new FieldProblem("heldOn", "prevention.date-future"));
        }
        if (in.title() == null || in.title().isBlank()) {
            problems.add(new FieldProblem("title", "prevention.name-required"));
        } else if (in.title().length() > 300) {
            problems.add(new FieldProblem("title", "prevention.text-too-long", 300));
        }
        if (in.topic() == null
                || java.util.Arrays.stream(OutreachTopic.values())
                        .noneMatch(t -> t.name().equals(in.topic()))) {
            problems.add(new FieldProblem("topic", "prevention.topic-unknown"));
        }
        if (in.partners() != null && in.partners().length() > 1000) {
            problems.add(new FieldProblem("partners", "prevention.text-too-long", 1000));
        }
        if (in.costRupiah() != null && in.costRupiah() < 0) {
            problems.add(new FieldProblem("costRupiah", "prevention.number-invalid"));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
        return level;
    }
}
