package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_NUMBER_COUNTER;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Allocates human-readable case numbers {@code TPPO-53.71-2026-000123}: one counter per regency (or province) and
 * year, incremented by an upsert that locks the counter row until the opening transaction ends, so two concurrent
 * opens never receive the same number.
 */
@Component
class CaseNumbers {

    private final DSLContext db;

    CaseNumbers(DSLContext db) {
        this.db = db;
    }

    String next(String regionCode, int year) {
        String prefix = regionCode.length() > 5 ? regionCode.substring(0, 5) : regionCode;
        int value = db.insertInto(CASE_NUMBER_COUNTER)
                .set(CASE_NUMBER_COUNTER.PREFIX, prefix)
                .set(CASE_NUMBER_COUNTER.YEAR, year)
                .set(CASE_NUMBER_COUNTER.LAST_VALUE, 1)
                .onConflict(CASE_NUMBER_COUNTER.PREFIX, CASE_NUMBER_COUNTER.YEAR)
                .doUpdate()
                .set(CASE_NUMBER_COUNTER.LAST_VALUE, CASE_NUMBER_COUNTER.LAST_VALUE.plus(1))
                .returning(CASE_NUMBER_COUNTER.LAST_VALUE)
                .fetchSingle(CASE_NUMBER_COUNTER.LAST_VALUE);
        return "TPPO-%s-%d-%06d".formatted(prefix, year, value);
    }
}
