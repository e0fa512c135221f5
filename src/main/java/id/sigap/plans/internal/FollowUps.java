package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.FOLLOW_UP;
import static id.sigap.plans.internal.db.Tables.MEETING;

import id.sigap.organization.Agencies;
import id.sigap.plans.FollowUp;
import id.sigap.plans.FollowUpStatus;
import id.sigap.plans.Meeting;
import id.sigap.plans.internal.db.tables.records.FollowUpRecord;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up actions of meetings: added by the meeting's secretary, their progress updated by staff of the owner
 * agency (or the secretary) until done. Open follow-ups are listed for their owners at {@code /rapat/tindak-lanjut}.
 */
@Service
public class FollowUps {

    /** An open follow-up with its meeting, for the owners' list. */
    public record Open(FollowUp followUp, long meetingId, String meetingTitle, LocalDate heldOn, String regionCode) {}

    private final DSLContext db;
    private final Meetings meetings;
    private final PlanAccess access;
    private final Agencies agencies;
    private final AuditTrail audit;
    private final Clock clock;

    FollowUps(DSLContext db, Meetings meetings, PlanAccess access, Agencies agencies, AuditTrail audit, Clock clock) {
        this.db = db;
        this.meetings = meetings;
        this.access = access;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FollowUp add(SigapUser user, long meetingId, String action, Long ownerAgencyId, LocalDate dueOn) {
        Meeting m = meetings.find(meetingId);
        access.requireEdit(user, m.regionCode(), PlanAccess.MEETING, meetingId);
        Inputs check = new Inputs();
        String text = check.text("action", action, 1000, true);
        check.check(
                ownerAgencyId != null && agencies.find(ownerAgencyId).isPresent(),
                "ownerAgencyId",
                "plans.agency-unknown");
        check.check(dueOn != null, "dueOn", "plans.required");
        check.done();
        FollowUpRecord r = db.newRecord(FOLLOW_UP);
        r.setMeetingId(meetingId);
        r.setAction(text);
        r.setOwnerAgencyId(ownerAgencyId);
        r.setDueOn(dueOn);
        r.setStatus(FollowUpStatus.OPEN.name());
        r.setVersion(0);
        r.store();
        audit.created(PlanAccess.FOLLOW_UP, r.getId(), m.regionCode());
        return of(r);
    }

    /** Whether the user updates the follow-up's progress: its owner agency's staff or the meeting's secretary. */
    public boolean mayUpdate(SigapUser user, FollowUp f, Meeting m) {
        return (f.ownerAgencyId() == user.agencyId() && access.isStaff(user)) || access.mayEdit(user, m.regionCode());
    }

    @Transactional
    public FollowUp update(SigapUser user, long id, int version, String status, String note) {
        FollowUpRecord r = record(id);
        Meeting m = meetings.find(r.getMeetingId());
        FollowUp f = of(r);
        access.require(mayUpdate(user, f, m), PlanAccess.FOLLOW_UP, id, m.regionCode());
        Inputs check = new Inputs();
        FollowUpStatus s = null;
        try {
            s = FollowUpStatus.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            check.check(false, "status", "plans.required");
        }
        String n = check.text("note", note, 2000, false);
        check.done();
        if (r.getVersion() != version) {
            throw new SigapException.Conflict("plans.version-conflict");
        }
        r.setStatus(s.name());
        r.setDoneOn(s == FollowUpStatus.DONE ? LocalDate.now(clock.withZone(Quarters.WIB)) : null);
        if (n != null) {
            r.setNote(n);
        }
        r.setVersion(version + 1);
        r.store();
        audit.updated(PlanAccess.FOLLOW_UP, id, m.regionCode(), "status=" + s.name());
        return of(r);
    }

    @Transactional(readOnly = true)
    public List<FollowUp> ofMeeting(long meetingId) {
        return db.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.MEETING_ID.eq(meetingId))
                .orderBy(FOLLOW_UP.DUE_ON, FOLLOW_UP.ID)
                .fetch(FollowUps::of);
    }

    /** Follow-ups not done owned by the user's agency (with {@code all}, done ones too), soonest due first. */
    @Transactional(readOnly = true)
    public Page<Open> forOwner(SigapUser user, boolean all, PageRequest page) {
        Condition where = FOLLOW_UP.OWNER_AGENCY_ID.eq(user.agencyId());
        if (!all) {
            where = where.and(FOLLOW_UP.STATUS.ne(FollowUpStatus.DONE.name()));
        }
        long total = db.fetchCount(FOLLOW_UP, where);
        var rows = db.select(FOLLOW_UP.fields())
                .select(MEETING.TITLE, MEETING.HELD_ON, MEETING.REGION_CODE)
                .from(FOLLOW_UP)
                .join(MEETING)
                .on(MEETING.ID.eq(FOLLOW_UP.MEETING_ID))
                .where(where)
                .orderBy(FOLLOW_UP.DUE_ON, FOLLOW_UP.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(r -> new Open(
                        of(r.into(FOLLOW_UP)),
                        r.get(FOLLOW_UP.MEETING_ID),
                        r.get(MEETING.TITLE),
                        r.get(MEETING.HELD_ON),
                        r.get(MEETING.REGION_CODE)));
        return new Page<>(rows, page.page(), page.size(), total);
    }

    private FollowUpRecord record(long id) {
        return db.fetchOptional(FOLLOW_UP, FOLLOW_UP.ID.eq(id))
                .orElseThrow(() -> new SigapException.NotFound("plans.followup-not-found"));
    }

    static FollowUp of(FollowUpRecord r) {
        return new FollowUp(
                r.getId(),
                r.getMeetingId(),
                r.getAction(),
                r.getOwnerAgencyId(),
                r.getDueOn(),
                FollowUpStatus.valueOf(r.getStatus()),
                r.getDoneOn(),
                r.getNote(),
                r.getVersion());
    }
}
