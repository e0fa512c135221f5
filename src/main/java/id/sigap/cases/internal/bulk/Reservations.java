package id.sigap.cases.internal.bulk;

import static id.sigap.cases.internal.db.Tables.CASE_NUMBER_COUNTER;

import id.sigap.shared.database.CopyLoad;
import org.jooq.DSLContext;

/**
 * Ids and case numbers for a bulk load, taken before the rows are written: ids from the tables' identity sequences
 * (so later single inserts never collide with them), case numbers from the same per-(regency, year) counters as a
 * single opening, advanced once per group by the number of cases.
 */
final class Reservations {

    private final DSLContext db;

    Reservations(DSLContext db) {
        this.db = db;
    }

    /** {@code count} fresh values of the identity sequence of {@code table}'s {@code id} column. */
    long[] ids(String table, int count) {
        return CopyLoad.ids(db, table, count);
    }

    /** The first of {@code count} consecutive case numbers for {@code prefix} in {@code year}. */
    int caseNumbers(String prefix, int year, int count) {
        int last = db.insertInto(CASE_NUMBER_COUNTER)
                .set(CASE_NUMBER_COUNTER.PREFIX, prefix)
                .set(CASE_NUMBER_COUNTER.YEAR, year)
                .set(CASE_NUMBER_COUNTER.LAST_VALUE, count)
                .onConflict(CASE_NUMBER_COUNTER.PREFIX, CASE_NUMBER_COUNTER.YEAR)
                .doUpdate()
                .set(CASE_NUMBER_COUNTER.LAST_VALUE, CASE_NUMBER_COUNTER.LAST_VALUE.plus(count))
                .returning(CASE_NUMBER_COUNTER.LAST_VALUE)
                .fetchSingle(CASE_NUMBER_COUNTER.LAST_VALUE);
        return last - count + 1;
    }

    static String prefix(String regionCode) {
        return regionCode.length() > 5 ? regionCode.substring(0, 5) : regionCode;
    }
}
