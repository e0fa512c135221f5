package id.sigap.dataimport.internal;

import static id.sigap.dataimport.internal.db.Tables.IMPORT_JOB;
import static id.sigap.dataimport.internal.db.Tables.IMPORT_PROBLEM;

import id.sigap.dataimport.ImportStatus;
import id.sigap.dataimport.internal.db.tables.records.ImportJobRecord;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The import jobs and their problems. */
@Repository
class ImportStore {

    private final DSLContext db;

    ImportStore(DSLContext db) {
        this.db = db;
    }

    record NewJob(
            long agencyId,
            long uploadedBy,
            String scopeRegion,
            boolean nationalScope,
            String fileName,
            String fileHash,
            CheckedFile checked,
            byte[] content,
            OffsetDateTime at) {}

    long insert(NewJob j) {
        CheckedFile c = j.checked();
        long id = db.insertInto(IMPORT_JOB)
                .set(IMPORT_JOB.AGENCY_ID, j.agencyId())
                .set(IMPORT_JOB.UPLOADED_BY, j.uploadedBy())
                .set(IMPORT_JOB.SCOPE_REGION, j.scopeRegion())
                .set(IMPORT_JOB.NATIONAL_SCOPE, j.nationalScope())
                .set(IMPORT_JOB.FILE_NAME, j.fileName())
                .set(IMPORT_JOB.FILE_HASH, j.fileHash())
                .set(IMPORT_JOB.FORMAT, c.format())
                .set(IMPORT_JOB.STATUS, (c.clean() ? ImportStatus.READY : ImportStatus.INVALID).name())
                .set(IMPORT_JOB.ROW_COUNT, c.rowCount())
                .set(IMPORT_JOB.CASE_COUNT, c.caseCount())
                .set(IMPORT_JOB.PROBLEM_COUNT, c.problems().size())
                .set(IMPORT_JOB.CONTENT, c.clean() ? j.content() : null)
                .set(IMPORT_JOB.UPLOADED_AT, j.at())
                .returning(IMPORT_JOB.ID)
                .fetchSingle(IMPORT_JOB.ID);
        var insert = db.insertInto(
                IMPORT_PROBLEM,
                IMPORT_PROBLEM.IMPORT_ID,
                IMPORT_PROBLEM.SEQ,
                IMPORT_PROBLEM.ROW_NO,
                IMPORT_PROBLEM.COLUMN_KEY,
                IMPORT_PROBLEM.CELL,
                IMPORT_PROBLEM.VALUE,
                IMPORT_PROBLEM.CODE,
                IMPORT_PROBLEM.ARGS);
        int seq = 0;
        for (Problem p : c.problems()) {
            insert = insert.values(
                    id,
                    seq++,
                    p.rowNo(),
                    p.column() == null ? null : p.column().key(),
                    p.cell(),
                    p.value(),
                    p.code(),
                    p.args().toArray(String[]::new));
        }
        if (seq > 0) {
            insert.execute();
        }
        return id;
    }

    Optional<ImportSummary> find(long id) {
        return db.selectFrom(IMPORT_JOB).where(IMPORT_JOB.ID.eq(id)).fetchOptional(ImportStore::summary);
    }

    Optional<byte[]> content(long id) {
        return db.select(IMPORT_JOB.CONTENT)
                .from(IMPORT_JOB)
                .where(IMPORT_JOB.ID.eq(id))
                .fetchOptional(IMPORT_JOB.CONTENT);
    }

    Page<ImportSummary> list(Condition visible, PageRequest page) {
        long total = db.fetchCount(IMPORT_JOB, visible);
        List<ImportSummary> content = db.selectFrom(IMPORT_JOB)
                .where(visible)
                .orderBy(IMPORT_JOB.UPLOADED_AT.desc(), IMPORT_JOB.ID.desc())
                .limit(page.size())
                .offset(page.offset())
                .fetch(ImportStore::summary);
        return new Page<>(content, page.page(), page.size(), total);
    }

    Page<Problem> problems(long id, PageRequest page) {
        long total = db.fetchCount(IMPORT_PROBLEM, IMPORT_PROBLEM.IMPORT_ID.eq(id));
        List<Problem> content = db.selectFrom(IMPORT_PROBLEM)
                .where(IMPORT_PROBLEM.IMPORT_ID.eq(id))
                .orderBy(IMPORT_PROBLEM.SEQ)
                .limit(page.size())
                .offset(page.offset())
                .fetch(r -> new Problem(
                        r.getRowNo(),
                        column(r.getColumnKey()),
                        r.getCell(),
                        r.getValue(),
                        r.getCode(),
                        r.getArgs() == null ? List.of() : List.of(r.getArgs())));
        return new Page<>(content, page.page(), page.size(), total);
    }

    /** Moves the import from one status to another; false when it was not in {@code from} (someone else won). */
    boolean move(long id, ImportStatus from, ImportStatus to, String lastError) {
        return db.update(IMPORT_JOB)
                        .set(IMPORT_JOB.STATUS, to.name())
                        .set(IMPORT_JOB.LAST_ERROR, lastError)
                        .set(IMPORT_JOB.VERSION, IMPORT_JOB.VERSION.plus(1))
                        .where(IMPORT_JOB.ID.eq(id).and(IMPORT_JOB.STATUS.eq(from.name())))
                        .execute()
                == 1;
    }

    /**
     * Every import left COMMITTING by a process that died back to READY; how many. An import whose commit transaction
     * is still alive (its connection, named {@code sigap-import-<id>}, is in pg_stat_activity) is left alone.
     */
    int resetCommitting() {
        var activity = DSL.table(DSL.name("pg_catalog", "pg_stat_activity"));
        var applicationName = DSL.field(DSL.name("application_name"), String.class);
        return db.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, ImportStatus.READY.name())
                .set(IMPORT_JOB.LAST_ERROR, "import.commit-interrupted")
                .where(IMPORT_JOB.STATUS.eq(ImportStatus.COMMITTING.name()))
                .andNotExists(DSL.selectOne()
                        .from(activity)
                        .where(applicationName.eq(DSL.val("sigap-import-").concat(IMPORT_JOB.ID.cast(String.class)))))
                .execute();
    }

    void committed(long id, int casesCreated, int personsCreated, int rowsSkipped, OffsetDateTime at) {
        db.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, ImportStatus.COMMITTED.name())
                .set(IMPORT_JOB.CASES_CREATED, casesCreated)
                .set(IMPORT_JOB.PERSONS_CREATED, personsCreated)
                .set(IMPORT_JOB.ROWS_SKIPPED, rowsSkipped)
                .set(IMPORT_JOB.LAST_ERROR, (String) null)
                .setNull(IMPORT_JOB.CONTENT)
                .set(IMPORT_JOB.COMMITTED_AT, at)
                .where(IMPORT_JOB.ID.eq(id))
                .execute();
    }

    private static Column column(String key) {
        for (Column c : Column.values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        return null;
    }

    private static ImportSummary summary(Record rec) {
        ImportJobRecord r = rec.into(IMPORT_JOB);
        return new ImportSummary(
                r.getId(),
                r.getAgencyId(),
                r.getUploadedBy(),
                r.getScopeRegion(),
                r.getNationalScope(),
                r.getFileName(),
                r.getFileHash(),
                r.getFormat(),
                ImportStatus.valueOf(r.getStatus()),
                r.getRowCount(),
                r.getCaseCount(),
                r.getProblemCount(),
                r.getCasesCreated(),
                r.getPersonsCreated(),
                r.getRowsSkipped(),
                r.getLastError(),
                r.getUploadedAt(),
                r.getCommittedAt());
    }
}
