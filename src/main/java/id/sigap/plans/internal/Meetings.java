package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.FOLLOW_UP;
import static id.sigap.plans.internal.db.Tables.MEETING;
import static id.sigap.plans.internal.db.Tables.MEETING_AGENCY;

import id.sigap.organization.Agencies;
import id.sigap.organization.OrgLevel;
import id.sigap.plans.Meeting;
import id.sigap.plans.MeetingKind;
import id.sigap.plans.internal.db.tables.records.MeetingRecord;
import id.sigap.region.Regions;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordination meetings: recorded and changed (optimistic locking) by the secretary of their region, read by staff
 * whose scope covers it, by participating agencies and by owners of its follow-ups.
 */
@Service
public class Meetings {

    public record MeetingInput(
            String kind,
            String regionCode,
            String title,
            LocalDate heldOn,
            String place,
            Integer headCount,
            String agenda,
            String minutes,
            String decisions,
            List<Long> agencyIds) {}

    private final DSLContext db;
    private final PlanAccess access;
    private final Agencies agencies;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    Meetings(DSLContext db, PlanAccess access, Agencies agencies, Regions regions, AuditTrail audit, Clock clock) {
        this.db = db;
        this.access = access;
        this.agencies = agencies;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Meeting create(SigapUser user, MeetingInput in) {
        String region = blank(in.regionCode());
        access.requireEdit(user, region, PlanAccess.MEETING, null);
        MeetingRecord r = db.newRecord(MEETING);
        r.setRegionCode(region);
        OffsetDateTime now = OffsetDateTime.now(clock);
        r.setVersion(0);
        r.setCreatedBy(user.id());
        r.setCreatedAt(now);
        write(r, in, region);
        r.store();
        agencies(r.getId(), in.agencyIds());
        audit.created(PlanAccess.MEETING, r.getId(), region);
        return find(r.getId());
    }

    @Transactional
    public Meeting update(SigapUser user, long id, int version, MeetingInput in) {
        MeetingRecord r = record(id);
        access.requireEdit(user, r.getRegionCode(), PlanAccess.MEETING, id);
        if (r.getVersion() != version) {
            throw new SigapException.Conflict("plans.version-conflict");
        }
        write(r, in, r.getRegionCode());
        r.setVersion(version + 1);
        r.store();
        db.deleteFrom(MEETING_AGENCY).where(MEETING_AGENCY.MEETING_ID.eq(id)).execute();
        agencies(id, in.agencyIds());
        audit.updated(PlanAccess.MEETING, id, r.getRegionCode(), "meeting");
        return find(id);
    }

    @Transactional
    public void delete(SigapUser user, long id, int version) {
        MeetingRecord r = record(id);
        access.requireEdit(user, r.getRegionCode(), PlanAccess.MEETING, id);
        if (r.getVersion() != version) {
            throw new SigapException.Conflict("plans.version-conflict");
        }
        r.delete();
        audit.deleted(PlanAccess.MEETING, id, r.getRegionCode());
    }

    /** The meeting if the user may read it; 404, or 403 (audited). */
    @Transactional(readOnly = true)
    public Meeting requireReadable(SigapUser user, long id) {
        Meeting m = find(id);
        boolean involved = m.agencyIds().contains(user.agencyId())
                || db.fetchExists(
                        FOLLOW_UP, FOLLOW_UP.MEETING_ID.eq(id).and(FOLLOW_UP.OWNER_AGENCY_ID.eq(user.agencyId())));
        access.require(access.mayRead(user, m.regionCode()) || involved, PlanAccess.MEETING, id, m.regionCode());
        return m;
    }

    @Transactional(readOnly = true)
    public Meeting find(long id) {
        MeetingRecord r = record(id);
        List<Long> ids = db.select(MEETING_AGENCY.AGENCY_ID)
                .from(MEETING_AGENCY)
                .where(MEETING_AGENCY.MEETING_ID.eq(id))
                .orderBy(MEETING_AGENCY.AGENCY_ID)
                .fetch(MEETING_AGENCY.AGENCY_ID);
        return of(r, ids);
    }

    /** Meetings the user may read, newest first unless {@code asc}; optionally of a region subtree and a year. */
    @Transactional(readOnly = true)
    public Page<Meeting> search(SigapUser user, String region, Integer year, boolean asc, PageRequest page) {
        Condition where = access.readScope(user)
                .condition(MEETING.REGION_CODE)
                .or(MEETING.REGION_CODE.isNull())
                .or(DSL.exists(DSL.selectOne()
                        .from(MEETING_AGENCY)
                        .where(MEETING_AGENCY.MEETING_ID.eq(MEETING.ID))
                        .and(MEETING_AGENCY.AGENCY_ID.eq(user.agencyId()))));
        if (region != null && !region.isBlank()) {
            String root = region.strip();
            where = where.and(MEETING.REGION_CODE.eq(root).or(MEETING.REGION_CODE.like(root + ".%")));
        }
        if (year != null) {
            where = where.and(MEETING.HELD_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        long total = db.fetchCount(MEETING, where);
        var rows = db.selectFrom(MEETING)
                .where(where)
                .orderBy(asc ? MEETING.HELD_ON.asc() : MEETING.HELD_ON.desc(), MEETING.ID.desc())
                .limit(page.size())
                .offset(page.offset())
                .fetch();
        var agencyIds = db.selectFrom(MEETING_AGENCY)
                .where(MEETING_AGENCY.MEETING_ID.in(rows.map(MeetingRecord::getId)))
                .fetchGroups(MEETING_AGENCY.MEETING_ID, MEETING_AGENCY.AGENCY_ID);
        return new Page<>(
                rows.map(r -> of(r, agencyIds.getOrDefault(r.getId(), List.of()))), page.page(), page.size(), total);
    }

    MeetingRecord record(long id) {
        return db.fetchOptional(MEETING, MEETING.ID.eq(id))
                .orElseThrow(() -> new SigapException.NotFound("plans.meeting-not-found"));
    }

    private void write(MeetingRecord r, MeetingInput in, String region) {
        Inputs check = new Inputs();
        MeetingKind kind = null;
        try {
            kind = MeetingKind.valueOf(in.kind() == null ? "" : in.kind());
        } catch (IllegalArgumentException e) {
            check.check(false, "kind", "plans.required");
        }
        OrgLevel level = OrgLevel.implied(region);
        check.check(
                level != null && (region == null || regions.find(region).isPresent()),
                "regionCode",
                "plans.region-invalid");
        String title = check.text("title", in.title(), 300, true);
        check.check(in.heldOn() != null, "heldOn", "plans.required");
        String place = check.text("place", in.place(), 300, true);
        check.check(in.headCount() == null || in.headCount() >= 0, "headCount", "plans.negative");
        String agenda = check.text("agenda", in.agenda(), 4000, false);
        String minutes = check.text("minutes", in.minutes(), 20000, false);
        String decisions = check.text("decisions", in.decisions(), 8000, false);
        for (Long a : in.agencyIds()) {
            check.check(agencies.find(a).isPresent(), "agencyIds", "plans.agency-unknown");
        }
        check.done();
        r.setKind(kind.name());
        r.setLevel(level.name());
        r.setTitle(title);
        r.setHeldOn(in.heldOn());
        r.setPlace(place);
        r.setHeadCount(in.headCount() == null ? 0 : in.headCount());
        r.setAgenda(agenda);
        r.setMinutes(minutes);
        r.setDecisions(decisions);
        r.setUpdatedAt(OffsetDateTime.now(clock));
    }

    private void agencies(long meetingId, List<Long> ids) {
        Set<Long> unique = new TreeSet<>(ids);
        for (Long a : unique) {
            db.insertInto(MEETING_AGENCY)
                    .set(MEETING_AGENCY.MEETING_ID, meetingId)
                    .set(MEETING_AGENCY.AGENCY_ID, a)
                    .execute();
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Meeting of(MeetingRecord r, List<Long> agencyIds) {
        return new Meeting(
                r.getId(),
                MeetingKind.valueOf(r.getKind()),
                OrgLevel.valueOf(r.getLevel()),
                r.getRegionCode(),
                r.getTitle(),
                r.getHeldOn(),
                r.getPlace(),
                r.getHeadCount(),
                r.getAgenda(),
                r.getMinutes(),
                r.getDecisions(),
                agencyIds,
                r.getVersion());
    }
}
