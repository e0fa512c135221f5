package id.sigap.analytics.internal;

import static id.sigap.analytics.internal.db.Tables.CASE_FACT;
import static id.sigap.analytics.internal.db.Tables.SERVICE_FACT;

import id.sigap.support.ServiceRecords.ServiceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Component;

/**
 * Writes service facts: the item's type and timeliness, in the year its case was opened (the requested date's year
 * while the case is not in the fact layer yet). Returns the tally cells that may have changed.
 */
@Component
class ServiceFeed {

    private final DSLContext db;

    ServiceFeed(DSLContext db) {
        this.db = db;
    }

    Set<Cell> write(List<ServiceRecord> records) {
        Set<Cell> cells = new HashSet<>();
        List<Long> itemIds = records.stream().map(ServiceRecord::itemId).toList();
        db.select(SERVICE_FACT.YEAR, SERVICE_FACT.REGENCY_CODE)
                .from(SERVICE_FACT)
                .where(SERVICE_FACT.ITEM_ID.in(itemIds))
                .forEach(r -> cells.add(new Cell(r.value1(), r.value2())));
        Map<Long, Integer> caseYear = new HashMap<>();
        db.select(CASE_FACT.CASE_ID, CASE_FACT.YEAR)
                .from(CASE_FACT)
                .where(CASE_FACT.CASE_ID.in(
                        records.stream().map(ServiceRecord::caseId).toList()))
                .forEach(r -> caseYear.put(r.value1(), r.value2()));
        List<Query> upserts = new ArrayList<>();
        for (ServiceRecord r : records) {
            int year = caseYear.getOrDefault(
                    r.caseId(),
                    r.requestedOn() != null
                            ? r.requestedOn().getYear()
                            : r.updatedAt().getYear());
            String regency = Groups.regency(r.regionCode());
            String timeliness = Groups.timeliness(r);
            cells.add(new Cell(year, regency));
            upserts.add(db.insertInto(SERVICE_FACT)
                    .set(SERVICE_FACT.ITEM_ID, r.itemId())
                    .set(SERVICE_FACT.CASE_ID, r.caseId())
                    .set(SERVICE_FACT.REGENCY_CODE, regency)
                    .set(SERVICE_FACT.YEAR, year)
                    .set(SERVICE_FACT.SERVICE, r.service().name())
                    .set(SERVICE_FACT.TIMELINESS, timeliness)
                    .onConflict(SERVICE_FACT.ITEM_ID)
                    .doUpdate()
                    .set(SERVICE_FACT.REGENCY_CODE, regency)
                    .set(SERVICE_FACT.YEAR, year)
                    .set(SERVICE_FACT.SERVICE, r.service().name())
                    .set(SERVICE_FACT.TIMELINESS, timeliness));
        }
        db.batch(upserts).execute();
        return cells;
    }
}
