package id.sigap.dataimport.internal;

import static id.sigap.dataimport.internal.db.Tables.IMPORT_PROBLEM;

import id.sigap.cases.SensitiveValues;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The problems of an import. The value as typed can be personal data (a NIK, a phone, a name), so it is kept only
 * sealed with the cases module's keys, bound to its import and place ({@code imports.job:<id>:problem:<seq>}).
 */
@Repository
class ImportProblems {

    private final DSLContext db;
    private final SensitiveValues sensitive;

    ImportProblems(DSLContext db, SensitiveValues sensitive) {
        this.db = db;
        this.sensitive = sensitive;
    }

    static String context(long importId, int seq) {
        return "imports.job:" + importId + ":problem:" + seq;
    }

    void insert(long importId, List<Problem> problems) {
        var insert = db.insertInto(
                IMPORT_PROBLEM,
                IMPORT_PROBLEM.IMPORT_ID,
                IMPORT_PROBLEM.SEQ,
                IMPORT_PROBLEM.ROW_NO,
                IMPORT_PROBLEM.COLUMN_KEY,
                IMPORT_PROBLEM.CELL,
                IMPORT_PROBLEM.VALUE_SEALED,
                IMPORT_PROBLEM.CODE,
                IMPORT_PROBLEM.ARGS);
        int seq = 0;
        for (Problem p : problems) {
            insert = insert.values(
                    importId,
                    seq,
                    p.rowNo(),
                    p.column() == null ? null : p.column().key(),
                    p.cell(),
                    p.value() == null ? null : sensitive.seal(p.value(), context(importId, seq)),
                    p.code(),
                    p.args().toArray(String[]::new));
            seq++;
        }
        if (seq > 0) {
            insert.execute();
        }
    }

    Page<Problem> page(long importId, PageRequest page) {
        long total = db.fetchCount(IMPORT_PROBLEM, IMPORT_PROBLEM.IMPORT_ID.eq(importId));
        List<Problem> content = db.selectFrom(IMPORT_PROBLEM)
                .where(IMPORT_PROBLEM.IMPORT_ID.eq(importId))
                .orderBy(IMPORT_PROBLEM.SEQ)
                .limit(page.size())
                .offset(page.offset())
                .fetch(r -> new Problem(
                        r.getRowNo(),
                        Column.ofKey(r.getColumnKey()),
                        r.getCell(),
                        r.getValueSealed() == null
                                ? null
                                : sensitive.open(r.getValueSealed(), context(importId, r.getSeq())),
                        r.getCode(),
                        r.getArgs() == null ? List.of() : List.of(r.getArgs())));
        return new Page<>(content, page.page(), page.size(), total);
    }
}
