package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.NOTIFICATION;
import static id.sigap.support.internal.db.Tables.REINTEGRATION_VISIT;
import static id.sigap.support.internal.db.Tables.SERVICE_ITEM;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises a notification to the provider (and, by e-mail, its supervisors) for every service item past its statutory
 * deadline and every reintegration visit past its date, once each. Runs every hour and shortly after the start.
 */
@Component
public class OverdueAlerts {

    static final int BATCH = 1000;

    private final DSLContext db;
    private final Notifications notifications;
    private final ServicePlans plans;

    OverdueAlerts(DSLContext db, Notifications notifications, ServicePlans plans) {
        this.db = db;
        this.notifications = notifications;
        this.plans = plans;
    }

    @Scheduled(fixedDelayString = "${sigap.services.overdue-scan-every:PT1H}", initialDelayString = "PT2M")
    void scheduled() {
        scan();
    }

    /** Raises what is new; returns how many notifications were raised. */
    @Transactional
    public int scan() {
        LocalDate today = plans.today();
        int raised = 0;
        var items = db.select(SERVICE_ITEM.ID, SERVICE_ITEM.PROVIDER_AGENCY_ID, SERVICE_ITEM.REGION_CODE)
                .from(SERVICE_ITEM)
                .where(SERVICE_ITEM.DUE_ON.lt(today))
                .and(SERVICE_ITEM.STARTED_ON.isNull())
                .and(SERVICE_ITEM.COMPLETED_ON.isNull())
                .and(SERVICE_ITEM.CLOSING_REASON.isNull())
                .and(SERVICE_ITEM.PROVIDER_AGENCY_ID.isNotNull())
                .andNotExists(DSL.selectOne()
                        .from(NOTIFICATION)
                        .where(NOTIFICATION.KIND.eq(Notifications.Kind.ITEM_OVERDUE.name()))
                        .and(NOTIFICATION.OBJECT_ID.eq(SERVICE_ITEM.ID))
                        .and(NOTIFICATION.AGENCY_ID.eq(SERVICE_ITEM.PROVIDER_AGENCY_ID)))
                .limit(BATCH)
                .fetch();
        for (var r : items) {
            if (notifications.raise(
                    Notifications.Kind.ITEM_OVERDUE, r.value2(), r.value1(), "/kotak-kerja", r.value3())) {
                raised++;
            }
        }
        var visits = db.select(REINTEGRATION_VISIT.ID, REINTEGRATION_VISIT.AGENCY_ID, REINTEGRATION_VISIT.REGION_CODE)
                .from(REINTEGRATION_VISIT)
                .where(REINTEGRATION_VISIT.DUE_ON.lt(today))
                .and(REINTEGRATION_VISIT.VISITED_ON.isNull())
                .and(REINTEGRATION_VISIT.AGENCY_ID.isNotNull())
                .andNotExists(DSL.selectOne()
                        .from(NOTIFICATION)
                        .where(NOTIFICATION.KIND.eq(Notifications.Kind.VISIT_OVERDUE.name()))
                        .and(NOTIFICATION.OBJECT_ID.eq(REINTEGRATION_VISIT.ID))
                        .and(NOTIFICATION.AGENCY_ID.eq(REINTEGRATION_VISIT.AGENCY_ID)))
                .limit(BATCH)
                .fetch();
        for (var r : visits) {
            if (notifications.raise(
                    Notifications.Kind.VISIT_OVERDUE, r.value2(), r.value1(), "/kotak-kerja", r.value3())) {
                raised++;
            }
        }
        return raised;
    }
}
