package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.REFERRAL;
import static id.sigap.support.internal.db.Tables.REINTEGRATION_VISIT;
import static id.sigap.support.internal.db.Tables.SERVICE_ITEM;

import id.sigap.security.SigapUser;
import id.sigap.support.InboxCounts;
import id.sigap.support.InboxEntry;
import id.sigap.support.InboxSource;
import id.sigap.support.Referral;
import id.sigap.support.ReferralStatus;
import id.sigap.support.ReintegrationVisit;
import id.sigap.support.ServiceItem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The work inbox of a user and their agency: referrals to decide, the agency's open service items with their
 * deadlines (overdue first), and the user's own unanswered referrals, for staff in a service role; and for every
 * user the open tasks other modules put there ({@link InboxSource}, e.g. meetings' follow-up actions owned by the
 * user's agency). Lists name no persons; each links to the referral, the item or the task.
 */
@Service
public class WorkInbox {

    static final int LIMIT = 100;

    private final DSLContext db;
    private final ServiceItemStore items;
    private final ReferralViews views;
    private final ServicePlans plans;
    private final SupportAccess access;

    private final Visits visits;
    private final Notifications notifications;
    private final ObjectProvider<InboxSource> sources;

    WorkInbox(
            DSLContext db,
            ServiceItemStore items,
            ReferralViews views,
            ServicePlans plans,
            SupportAccess access,
            Visits visits,
            Notifications notifications,
            ObjectProvider<InboxSource> sources) {
        this.sources = sources;
        this.visits = visits;
        this.notifications = notifications;
        this.db = db;
        this.items = items;
        this.views = views;
        this.plans = plans;
        this.access = access;
    }

    /** {@code services}: whether the user has the service part (a service role); {@code tasks}: soonest due first. */
    public record Contents(
            InboxCounts counts,
            boolean services,
            List<Referral> waiting,
            List<ServiceItem> overdue,
            List<ServiceItem> due,
            List<ReintegrationVisit> visitsOverdue,
            List<ReintegrationVisit> visitsDue,
            List<Notifications.Notice> notices,
            List<InboxEntry> tasks) {}

    public InboxCounts counts(SigapUser user) {
        LocalDate today = plans.today();
        InboxSource.Tally tasks = sources.orderedStream()
                .map(s -> s.tally(user, today))
                .reduce(InboxSource.Tally.NONE, InboxSource.Tally::plus);
        if (!access.actsFor(user, user.agencyId())) {
            return new InboxCounts(0, 0, 0, 0, 0, 0, tasks.open(), tasks.overdue());
        }
        return new InboxCounts(
                db.fetchCount(REFERRAL, waiting(user)),
                db.fetchCount(SERVICE_ITEM, openOfAgency(user).and(SERVICE_ITEM.DUE_ON.ge(today))),
                db.fetchCount(SERVICE_ITEM, openOfAgency(user).and(SERVICE_ITEM.DUE_ON.lt(today))),
                db.fetchCount(
                        REFERRAL,
                        REFERRAL.REQUESTED_BY.eq(user.id()).and(REFERRAL.STATUS.eq(ReferralStatus.REQUESTED.name()))),
                db.fetchCount(REINTEGRATION_VISIT, visitsOfAgency(user).and(visitDue(today))),
                db.fetchCount(REINTEGRATION_VISIT, visitsOfAgency(user).and(REINTEGRATION_VISIT.DUE_ON.lt(today))),
                tasks.open(),
                tasks.overdue());
    }

    public Contents contents(SigapUser user) {
        InboxCounts counts = counts(user);
        LocalDate today = plans.today();
        List<InboxEntry> tasks = sources.orderedStream()
                .flatMap(s -> s.entries(user, today, LIMIT).stream())
                .sorted(Comparator.comparing(InboxEntry::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(LIMIT)
                .toList();
        if (!access.actsFor(user, user.agencyId())) {
            return new Contents(counts, false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), tasks);
        }
        List<Referral> waiting = db.selectFrom(REFERRAL)
                .where(waiting(user))
                .orderBy(REFERRAL.REQUESTED_AT, REFERRAL.ID)
                .limit(LIMIT)
                .fetch(r -> views.of(user, r, false));
        List<ServiceItem> overdue = db.selectFrom(SERVICE_ITEM)
                .where(openOfAgency(user).and(SERVICE_ITEM.DUE_ON.lt(today)))
                .orderBy(SERVICE_ITEM.DUE_ON, SERVICE_ITEM.ID)
                .limit(LIMIT)
                .fetch(r -> items.toItem(r, today));
        List<ServiceItem> due = db.selectFrom(SERVICE_ITEM)
                .where(openOfAgency(user).and(SERVICE_ITEM.DUE_ON.ge(today)))
                .orderBy(SERVICE_ITEM.DUE_ON, SERVICE_ITEM.ID)
                .limit(LIMIT)
                .fetch(r -> items.toItem(r, today));
        List<ReintegrationVisit> visitsOverdue = db.selectFrom(REINTEGRATION_VISIT)
                .where(visitsOfAgency(user).and(REINTEGRATION_VISIT.DUE_ON.lt(today)))
                .orderBy(REINTEGRATION_VISIT.DUE_ON, REINTEGRATION_VISIT.ID)
                .limit(LIMIT)
                .fetch(r -> visits.toVisit(r, today));
        List<ReintegrationVisit> visitsDue = db.selectFrom(REINTEGRATION_VISIT)
                .where(visitsOfAgency(user).and(visitDue(today)))
                .orderBy(REINTEGRATION_VISIT.DUE_ON, REINTEGRATION_VISIT.ID)
                .limit(LIMIT)
                .fetch(r -> visits.toVisit(r, today));
        return new Contents(
                counts,
                true,
                waiting,
                overdue,
                due,
                visitsOverdue,
                visitsDue,
                notifications.recent(user.agencyId()),
                tasks);
    }

    private static Condition visitsOfAgency(SigapUser user) {
        return REINTEGRATION_VISIT.AGENCY_ID.eq(user.agencyId()).and(REINTEGRATION_VISIT.VISITED_ON.isNull());
    }

    private static Condition visitDue(LocalDate today) {
        return REINTEGRATION_VISIT.DUE_ON.between(today, today.plusDays(ReintegrationVisit.DUE_WINDOW_DAYS));
    }

    private static Condition waiting(SigapUser user) {
        return REFERRAL.TO_AGENCY_ID.eq(user.agencyId()).and(REFERRAL.STATUS.eq(ReferralStatus.REQUESTED.name()));
    }

    /** The agency's items with a deadline that have not started and are neither completed nor closed. */
    private static Condition openOfAgency(SigapUser user) {
        return SERVICE_ITEM
                .PROVIDER_AGENCY_ID
                .eq(user.agencyId())
                .and(SERVICE_ITEM.DUE_ON.isNotNull())
                .and(SERVICE_ITEM.STARTED_ON.isNull())
                .and(SERVICE_ITEM.COMPLETED_ON.isNull())
                .and(SERVICE_ITEM.CLOSING_REASON.isNull());
    }
}
