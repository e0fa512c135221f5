package id.sigap.dataimport.internal;

import static id.sigap.dataimport.internal.db.Tables.IMPORT_JOB;

import id.sigap.cases.SensitiveValues;
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

/**
 * The import jobs. The uploaded file is kept only sealed with the cases module's keys, bound to its import ({@code
 * imports.job:<id>:content}), and only while it may still be committed.
 */
@Repository
class ImportStore {

    static final List<String> DISCARDABLE = List.of(
            ImportStatus.INVALID.name(),
            ImportStatus.READY.name(),
            ImportStatus.FAILED.name(),
            ImportStatus.EXPIRED.name());

    private final DSLContext db;
    private final SensitiveValues sensitive;

    ImportStore(DSLContext db, SensitiveValues sensitive) {
        this.db = db;
        this.sensitive = sensitive;
    }

    static String contentContext(long importId) {
        return "imports.job:" + importId + ":content";
    }

    record NewJob(
            long agencyId,
            long uploadedBy,
            String scopeRegion,
            boolean nationalScope,
            String fileName,
            String fileHash,
            String format,
            byte[] content,
            OffsetDateTime at) {}

    /** A new import, PARSING, with its file sealed for it (the context names the import, so it is known only now). */
    long insert(NewJob j) {
        long id = db.insertInto(IMPORT_JOB)
                .set(IMPORT_JOB.AGENCY_ID, j.agencyId())
                .set(IMPORT_JOB.UPLOADED_BY, j.uploadedBy())
                .set(IMPORT_JOB.SCOPE_REGION, j.scopeRegion())
                .set(IMPORT_JOB.NATIONAL_SCOPE, j.nationalScope())
                .set(IMPORT_JOB.FILE_NAME, j.fileName())
                .set(IMPORT_JOB.FILE_HASH, j.fileHash())
                .set(IMPORT_JOB.FORMAT, j.format())
                .set(IMPORT_JOB.STATUS, ImportStatus.PARSING.name())
                .set(IMPORT_JOB.UPLOADED_AT, j.at())
                .returning(IMPORT_JOB.ID)
                .fetchSingle(IMPORT_JOB.ID);
        db.update(IMPORT_JOB)
                .set(IMPORT_JOB.CONTENT_SEALED, sensitive.sealBytes(j.content(), contentContext(id)))
                .where(IMPORT_JOB.ID.eq(id))
                .execute();
        return id;
    }

    /** The outcome of reading a PARSING import: READY keeps the file, INVALID drops it; false when it is gone. */
    boolean checked(long id, CheckedFile c) {
        var update = db.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, (c.clean() ? ImportStatus.READY : ImportStatus.INVALID).name())
                .set(IMPORT_JOB.FORMAT, c.format())
                .set(IMPORT_JOB.ROW_COUNT, c.rowCount())
                .set(IMPORT_JOB.CASE_COUNT, c.caseCount())
                .set(IMPORT_JOB.PROBLEM_COUNT, c.problems().size())
                .set(IMPORT_JOB.VERSION, IMPORT_JOB.VERSION.plus(1));
        if (!c.clean()) {
            update = update.setNull(IMPORT_JOB.CONTENT_SEALED);
        }
        return update.where(IMPORT_JOB.ID.eq(id).and(IMPORT_JOB.STATUS.eq(ImportStatus.PARSING.name())))
                        .execute()
                == 1;
    }

    /** A PARSING import whose reading stopped: FAILED, its file dropped. */
    void failed(long id, String code) {
        db.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, ImportStatus.FAILED.name())
                .set(IMPORT_JOB.LAST_ERROR, code)
                .setNull(IMPORT_JOB.CONTENT_SEALED)
                .set(IMPORT_JOB.VERSION, IMPORT_JOB.VERSION.plus(1))
                .where(IMPORT_JOB.ID.eq(id).and(IMPORT_JOB.STATUS.eq(ImportStatus.PARSING.name())))
                .execute();
    }

    /** Imports still PARSING since before {@code before} (their process is gone): FAILED; how many. */
    int failStaleParsing(OffsetDateTime before) {
        return db.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, ImportStatus.FAILED.name())
                .set(IMPORT_JOB.LAST_ERROR, "import.parse-interrupted")
                .setNull(IMPORT_JOB.CONTENT_SEALED)
                .set(IMPORT_JOB.VERSION, IMPORT_JOB.VERSION.plus(1))
                .where(IMPORT_JOB.STATUS.eq(ImportStatus.PARSING.name()))
                .and(IMPORT_JOB.UPLOADED_AT.lt(before))
                .execute();
    }

    /** The files of READY or FAILED imports uploaded before {@code before} and never committed: purged; how many. */
    int purgeContent(OffsetDateTime before) {
        return db.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, ImportStatus.EXPIRED.name())
                .set(IMPORT_JOB.LAST_ERROR, "import.content-expired")
                .setNull(IMPORT_JOB.CONTENT_SEALED)
                .set(IMPORT_JOB.VERSION, IMPORT_JOB.VERSION.plus(1))
                .where(IMPORT_JOB.STATUS.in(ImportStatus.READY.name(), ImportStatus.FAILED.name()))
                .and(IMPORT_JOB.UPLOADED_AT.lt(before))
                .and(IMPORT_JOB.CONTENT_SEALED.isNotNull())
                .execute();
    }

    /** Deletes an import that was never committed, with its problems; false when it is committed or busy. */
    boolean delete(long id) {
        return db.deleteFrom(IMPORT_JOB)
                        .where(IMPORT_JOB.ID.eq(id))
                        .and(IMPORT_JOB.STATUS.in(DISCARDABLE))
                        .execute()
                == 1;
    }

    Optional<ImportSummary> find(long id) {
        return db.selectFrom(IMPORT_JOB).where(IMPORT_JOB.ID.eq(id)).fetchOptional(ImportStore::summary);
    }

    /** The file of an import, opened; empty when it is no longer kept. */
    Optional<byte[]> content(long id) {
        return db.select(IMPORT_JOB.CONTENT_SEALED)
                .from(IMPORT_JOB)
                .where(IMPORT_JOB.ID.eq(id))
                .fetchOptional(IMPORT_JOB.CONTENT_SEALED)
                .map(kept -> sensitive.openBytes(kept, contentContext(id)));
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
                .setNull(IMPORT_JOB.CONTENT_SEALED)
                .set(IMPORT_JOB.COMMITTED_AT, at)
                .where(IMPORT_JOB.ID.eq(id))
                .execute();
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
