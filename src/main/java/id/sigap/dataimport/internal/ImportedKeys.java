package id.sigap.dataimport.internal;

import static id.sigap.dataimport.internal.db.Tables.IMPORTED_CASE;
import static id.sigap.dataimport.internal.db.Tables.IMPORTED_ROW;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;

/** The keys of the rows and cases each agency has already imported: what makes a second import add nothing. */
@Repository
class ImportedKeys {

    private final DSLContext db;

    ImportedKeys(DSLContext db) {
        this.db = db;
    }

    /** Row hashes of {@code hashes} the agency has already imported. */
    Set<String> knownRows(long agencyId, List<String> hashes) {
        Set<String> known = new HashSet<>();
        for (int i = 0; i < hashes.size(); i += 5000) {
            known.addAll(db.select(IMPORTED_ROW.ROW_HASH)
                    .from(IMPORTED_ROW)
                    .where(IMPORTED_ROW.AGENCY_ID.eq(agencyId))
                    .and(IMPORTED_ROW.ROW_HASH.in(hashes.subList(i, Math.min(hashes.size(), i + 5000))))
                    .fetch(IMPORTED_ROW.ROW_HASH));
        }
        return known;
    }

    Optional<Long> knownCase(long agencyId, String caseKey) {
        return db.select(IMPORTED_CASE.CASE_ID)
                .from(IMPORTED_CASE)
                .where(IMPORTED_CASE.AGENCY_ID.eq(agencyId).and(IMPORTED_CASE.CASE_KEY.eq(caseKey)))
                .fetchOptional(IMPORTED_CASE.CASE_ID);
    }

    record RowKey(String hash, long personId) {}

    record CaseKey(String caseKey, long caseId) {}

    void rememberCases(long agencyId, long importId, List<CaseKey> keys) {
        List<Query> inserts = new ArrayList<>();
        for (CaseKey k : keys) {
            inserts.add(db.insertInto(IMPORTED_CASE)
                    .set(IMPORTED_CASE.AGENCY_ID, agencyId)
                    .set(IMPORTED_CASE.CASE_KEY, k.caseKey())
                    .set(IMPORTED_CASE.CASE_ID, k.caseId())
                    .set(IMPORTED_CASE.IMPORT_ID, importId));
        }
        if (!inserts.isEmpty()) {
            db.batch(inserts).execute();
        }
    }

    void rememberRows(long agencyId, long importId, List<RowKey> keys) {
        List<Query> inserts = new ArrayList<>();
        for (RowKey k : keys) {
            inserts.add(db.insertInto(IMPORTED_ROW)
                    .set(IMPORTED_ROW.AGENCY_ID, agencyId)
                    .set(IMPORTED_ROW.ROW_HASH, k.hash())
                    .set(IMPORTED_ROW.IMPORT_ID, importId)
                    .set(IMPORTED_ROW.PERSON_ID, k.personId()));
        }
        if (!inserts.isEmpty()) {
            db.batch(inserts).execute();
        }
    }
}
