package id.sigap.cases.internal;

import id.sigap.cases.CaseStatus;
import id.sigap.cases.internal.db.tables.records.CaseFileRecord;
import java.time.OffsetDateTime;

/** A case as stored. */
public record CaseRow(
        long id,
        String caseNumber,
        long owningAgencyId,
        String regionCode,
        CaseStatus status,
        String summary,
        boolean childInvolved,
        boolean abroad,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt,
        String closeReason,
        int version) {

    static CaseRow of(CaseFileRecord r) {
        return new CaseRow(
                r.getId(),
                r.getCaseNumber(),
                r.getOwningAgencyId(),
                r.getRegionCode(),
                CaseStatus.valueOf(r.getStatus()),
                r.getSummary(),
                r.getChildInvolved(),
                r.getAbroad(),
                r.getOpenedAt(),
                r.getClosedAt(),
                r.getCloseReason(),
                r.getVersion());
    }
}
