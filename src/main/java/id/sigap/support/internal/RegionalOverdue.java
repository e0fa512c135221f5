package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.SERVICE_ITEM;

import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.support.OverdueServices;
import id.sigap.support.ServiceItem;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Overdue services by region, for supervisors: readers see those of cases in their scope (the providers see their
 * own in the work inbox). Served by the partial index on open items without a start.
 */
@Service
public class RegionalOverdue implements OverdueServices {

    private final DSLContext db;
    private final ServiceItemStore items;
    private final ServicePlans plans;
    private final SupportAccess access;

    RegionalOverdue(DSLContext db, ServiceItemStore items, ServicePlans plans, SupportAccess access) {
        this.db = db;
        this.items = items;
        this.plans = plans;
        this.access = access;
    }

    @Override
    public long count(RegionScope scope) {
        return db.fetchCount(SERVICE_ITEM, overdue(scope, plans.today()));
    }

    /** Overdue items in the user's reading scope, longest overdue first. */
    public Page<ServiceItem> list(SigapUser user, PageRequest page) {
        access.requireSomeReader(user);
        LocalDate today = plans.today();
        Condition c = overdue(access.readScope(user), today);
        long total = db.fetchCount(SERVICE_ITEM, c);
        var rows = db.selectFrom(SERVICE_ITEM)
                .where(c)
                .orderBy(SERVICE_ITEM.DUE_ON, SERVICE_ITEM.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(r -> items.toItem(r, today));
        return new Page<>(rows, page.page(), page.size(), total);
    }

    private static Condition overdue(RegionScope scope, LocalDate today) {
        return SERVICE_ITEM
                .DUE_ON
                .lt(today)
                .and(SERVICE_ITEM.STARTED_ON.isNull())
                .and(SERVICE_ITEM.COMPLETED_ON.isNull())
                .and(SERVICE_ITEM.CLOSING_REASON.isNull())
                .and(scope.condition(SERVICE_ITEM.REGION_CODE));
    }
}
