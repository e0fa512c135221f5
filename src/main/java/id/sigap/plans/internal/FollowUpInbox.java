package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.FOLLOW_UP;
import static id.sigap.plans.internal.db.Tables.MEETING;

import id.sigap.plans.FollowUpStatus;
import id.sigap.security.SigapUser;
import id.sigap.support.InboxEntry;
import id.sigap.support.InboxSource;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings' follow-up actions in the work inbox of their owners: the staff of the owner agency (any role, as
 * {@link FollowUps#mayUpdate}), until the action is done. Each entry shows the action and the meeting's title (both
 * shown to the owners on the meeting's page), its due date, whether it is overdue, and links to the meeting.
 */
@Component
class FollowUpInbox implements InboxSource {

    static final String KIND = "plans.inbox.followup.kind";
    static final String TITLE = "plans.inbox.followup.title";

    private final DSLContext db;
    private final PlanAccess access;

    FollowUpInbox(DSLContext db, PlanAccess access) {
        this.db = db;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InboxEntry> entries(SigapUser user, LocalDate today, int limit) {
        if (!access.isStaff(user)) {
            return List.of();
        }
        return db.select(FOLLOW_UP.ID, FOLLOW_UP.MEETING_ID, FOLLOW_UP.ACTION, FOLLOW_UP.DUE_ON, MEETING.TITLE)
                .from(FOLLOW_UP)
                .join(MEETING)
                .on(MEETING.ID.eq(FOLLOW_UP.MEETING_ID))
                .where(openOf(user))
                .orderBy(FOLLOW_UP.DUE_ON, FOLLOW_UP.ID)
                .limit(limit)
                .fetch(r -> new InboxEntry(
                        KIND,
                        TITLE,
                        List.of(r.get(FOLLOW_UP.ACTION), r.get(MEETING.TITLE)),
                        r.get(FOLLOW_UP.DUE_ON),
                        r.get(FOLLOW_UP.DUE_ON).isBefore(today),
                        "/rapat/" + r.get(FOLLOW_UP.MEETING_ID) + "#followups"));
    }

    @Override
    @Transactional(readOnly = true)
    public Tally tally(SigapUser user, LocalDate today) {
        if (!access.isStaff(user)) {
            return Tally.NONE;
        }
        var r = db.select(DSL.count(), DSL.count().filterWhere(FOLLOW_UP.DUE_ON.lt(today)))
                .from(FOLLOW_UP)
                .where(openOf(user))
                .fetchOne();
        return new Tally(r.value1(), r.value2());
    }

    private static Condition openOf(SigapUser user) {
        return FOLLOW_UP.OWNER_AGENCY_ID.eq(user.agencyId()).and(FOLLOW_UP.STATUS.ne(FollowUpStatus.DONE.name()));
    }
}
