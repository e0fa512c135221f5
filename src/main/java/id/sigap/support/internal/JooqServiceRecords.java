package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.SERVICE_ITEM;

import id.sigap.support.ServiceRecords;
import id.sigap.support.ServiceType;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Service items changed since a watermark, for the analytics fact layer. */
@Service
class JooqServiceRecords implements ServiceRecords {

    private final DSLContext db;

    JooqServiceRecords(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceRecord> changedSince(OffsetDateTime since, long afterId, int limit) {
        return db.selectFrom(SERVICE_ITEM)
                .where(SERVICE_ITEM
                        .UPDATED_AT
                        .gt(since)
                        .or(SERVICE_ITEM.UPDATED_AT.eq(since).and(SERVICE_ITEM.ID.gt(afterId))))
                .orderBy(SERVICE_ITEM.UPDATED_AT, SERVICE_ITEM.ID)
                .limit(limit)
                .fetch(r -> new ServiceRecord(
                        r.getId(),
                        r.getCaseId(),
                        r.getPersonId(),
                        r.getRegionCode(),
                        ServiceType.valueOf(r.getService()),
                        r.getRequestedOn(),
                        r.getDueOn(),
                        r.getStartedOn(),
                        r.getCompletedOn(),
                        r.getClosingReason() != null,
                        r.getUpdatedAt()));
    }
}
