package id.sigap.support.internal;

import id.sigap.security.AuditTrail;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.database.CopyLoad;
import id.sigap.shared.database.CopyRows;
import id.sigap.support.GeneratedServices;
import id.sigap.support.ReferralStatus;
import id.sigap.support.ServiceBulkLoad;
import id.sigap.support.StatutoryDeadline;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ServiceBulkLoad} with PostgreSQL COPY on the caller's transaction connection: item and referral ids are taken
 * from their identity sequences first (referrals point at items, notifications at referrals), then each table is sent
 * in one COPY. Due dates come from {@link StatutoryDeadline} as on the normal path; a referral raises the notification
 * its last step raises (new → receiver, accepted/rejected → sender), without e-mail. One audit entry per call.
 */
@Service
class CopyServiceBulkLoad implements ServiceBulkLoad {

    private final DataSource dataSource;
    private final DSLContext db;
    private final AuditTrail audit;
    private final Clock clock;

    CopyServiceBulkLoad(DataSource dataSource, DSLContext db, AuditTrail audit, Clock clock) {
        this.dataSource = dataSource;
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long load(String source, List<GeneratedServices> cases) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long[] itemIds = ids(
                "support.service_item",
                cases.stream().mapToInt(c -> c.items().size()).sum());
        long[] referralIds = ids(
                "support.referral",
                cases.stream().mapToInt(c -> c.referrals().size()).sum());
        CopyRows items = new CopyRows(
                "support.service_item",
                "id, case_id, person_id, region_code, province_code, service, first_aid, provider_agency_id,"
                        + " requested_on, due_on, started_on, completed_on, outcome, closing_reason, notes,"
                        + " recorded_by_name, created_at, updated_at");
        CopyRows referrals = new CopyRows(
                "support.referral",
                "id, case_id, person_id, person_child, case_number, service, service_item_id, from_agency_id,"
                        + " to_agency_id, case_region_code, to_region_code, reason, shares_person_data,"
                        + " consent_given_by, consent_given_on, consent_purpose, status, rejection_reason,"
                        + " requested_by_name, requested_at, decided_at, closed_at");
        CopyRows notices = new CopyRows(
                "support.notification", "agency_id, kind, object_id, link, region_code, created_at, mail_status");
        CopyRows legs = new CopyRows(
                "support.repatriation_leg",
                "case_id, person_id, region_code, seq, from_place, to_place, to_region_code, responsible_agency_id,"
                        + " planned_on, departed_on, arrived_on, status, escort_name, recorded_by_name, updated_at");
        CopyRows visits = new CopyRows(
                "support.reintegration_visit",
                "case_id, person_id, region_code, province_code, agency_id, months_after_return, returned_on, due_on,"
                        + " visited_on, living_situation, livelihood, risk, notes, recorded_by_name, created_at,"
                        + " updated_at");
        int i = 0;
        int r = 0;
        for (GeneratedServices c : cases) {
            String province = c.regionCode().substring(0, 2);
            int firstItem = i;
            for (GeneratedServices.Item it : c.items()) {
                items.row(
                        itemIds[i++],
                        c.caseId(),
                        it.personId(),
                        c.regionCode(),
                        province,
                        it.service(),
                        it.firstAid(),
                        it.providerAgencyId(),
                        it.requestedOn(),
                        StatutoryDeadline.of(it.service(), it.firstAid(), it.requestedOn())
                                .map(StatutoryDeadline::due)
                                .orElse(null),
                        it.startedOn(),
                        it.completedOn(),
                        it.outcome(),
                        it.closingReason(),
                        it.notes(),
                        RECORDED_BY,
                        now,
                        now);
            }
            for (GeneratedServices.Referral f : c.referrals()) {
                long id = referralIds[r++];
                referrals.row(
                        id,
                        c.caseId(),
                        f.personId(),
                        f.personChild(),
                        c.caseNumber(),
                        f.service(),
                        itemIds[firstItem + f.item()],
                        f.fromAgencyId(),
                        f.toAgencyId(),
                        c.regionCode(),
                        f.toRegionCode(),
                        f.reason(),
                        true,
                        f.consentBy(),
                        f.consentOn(),
                        f.consentPurpose(),
                        f.status(),
                        f.rejectionReason(),
                        RECORDED_BY,
                        f.requestedAt(),
                        f.decidedAt(),
                        f.closedAt());
                notice(notices, f, id, c.regionCode(), now);
            }
            for (GeneratedServices.Leg l : c.legs()) {
                legs.row(
                        c.caseId(),
                        l.personId(),
                        c.regionCode(),
                        l.seq(),
                        l.fromPlace(),
                        l.toPlace(),
                        l.toRegionCode(),
                        l.responsibleAgencyId(),
                        l.plannedOn(),
                        l.departedOn(),
                        l.arrivedOn(),
                        l.status(),
                        l.escortName(),
                        RECORDED_BY,
                        now);
            }
            for (GeneratedServices.Visit v : c.visits()) {
                visits.row(
                        c.caseId(),
                        v.personId(),
                        c.regionCode(),
                        province,
                        v.agencyId(),
                        v.monthsAfterReturn(),
                        v.returnedOn(),
                        v.dueOn(),
                        v.visitedOn(),
                        v.living(),
                        v.livelihood(),
                        v.risk(),
                        v.notes(),
                        RECORDED_BY,
                        now,
                        now);
            }
        }
        long written =
                CopyLoad.send(dataSource, List.of(items, referrals, notices, legs, visits), "service bulk load failed");
        audit.record(
                AuditEvent.Action.CREATE,
                AUDIT_OBJECT,
                source,
                null,
                "items=" + items.rows() + " referrals=" + referrals.rows() + " legs=" + legs.rows() + " visits="
                        + visits.rows());
        return written;
    }

    /** Who the rows say recorded them. */
    static final String RECORDED_BY = "Data sintetis";

    private static void notice(
            CopyRows notices, GeneratedServices.Referral f, long id, String region, OffsetDateTime now) {
        Notifications.Kind kind =
                switch (f.status()) {
                    case REQUESTED -> Notifications.Kind.REFERRAL_NEW;
                    case ACCEPTED -> Notifications.Kind.REFERRAL_ACCEPTED;
                    case REJECTED -> Notifications.Kind.REFERRAL_REJECTED;
                    default -> null;
                };
        if (kind != null) {
            long to = f.status() == ReferralStatus.REQUESTED ? f.toAgencyId() : f.fromAgencyId();
            notices.row(to, kind, id, "/rujukan/" + id, region, now, MailDispatch.NONE);
        }
    }

    private long[] ids(String table, int count) {
        return CopyLoad.ids(db, table, count);
    }
}
