package id.sigap.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Service items as statistics read them: ids, the service type and the dates of the deadline chain, never notes or
 * names. For system jobs such as the analytics fact layer: no user scope is applied here, callers decide access.
 */
public interface ServiceRecords {

    /** One service item; {@code closed} when it was closed with a reason instead of being delivered. */
    record ServiceRecord(
            long itemId,
            long caseId,
            long personId,
            String regionCode,
            ServiceType service,
            LocalDate requestedOn,
            LocalDate dueOn,
            LocalDate startedOn,
            LocalDate completedOn,
            boolean closed,
            OffsetDateTime updatedAt) {}

    /**
     * Items changed at or after {@code since} with an id above {@code afterId} in the same instant order: ordered by
     * (updated_at, id), at most {@code limit} (keyset paging).
     */
    List<ServiceRecord> changedSince(OffsetDateTime since, long afterId, int limit);
}
