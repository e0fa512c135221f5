package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.SERVICE_ITEM;

import id.sigap.cases.ClosingChecks;
import id.sigap.shared.SigapException;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** A case closes only when each of its service items is completed or closed with a reason. */
@Component
class OpenServicesBlockClosing implements ClosingChecks {

    private final DSLContext db;

    OpenServicesBlockClosing(DSLContext db) {
        this.db = db;
    }

    @Override
    public void beforeClosing(long caseId) {
        int open = db.fetchCount(
                SERVICE_ITEM,
                SERVICE_ITEM
                        .CASE_ID
                        .eq(caseId)
                        .and(SERVICE_ITEM.COMPLETED_ON.isNull())
                        .and(SERVICE_ITEM.CLOSING_REASON.isNull()));
        if (open > 0) {
            throw new SigapException.Conflict("service.open-items", open);
        }
    }
}
