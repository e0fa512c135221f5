package id.sigap.dataimport.internal;

import static id.sigap.dataimport.ImportStatus.COMMITTING;
import static id.sigap.dataimport.ImportStatus.READY;

import id.sigap.cases.CasePersons;
import id.sigap.dataimport.internal.ImportedKeys.RowKey;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a checked import in one database transaction: the file is read and checked again (the user's scope may have
 * changed), rows the agency has already imported are skipped, new case keys become cases with their persons through
 * the cases module's bulk load ({@link NewCases}), and new rows of a case imported before add their person through
 * the cases API one by one. The import's status, the row and case keys and the audit event are
 * written in the same transaction, so a crash or a killed connection leaves nothing behind, and the import can be
 * committed again. The transaction's connection is named {@code sigap-import-<id>} (visible in pg_stat_activity).
 */
@Component
class ImportCommitter {

    static final String AUDIT_TYPE = "import";
    static final int CASES_PER_LOAD = 500;
    private static final Logger log = LoggerFactory.getLogger(ImportCommitter.class);

    private final ImportStore store;
    private final ImportedKeys imported;
    private final SheetCheck check;
    private final NewCases cases;
    private final CasePersons persons;
    private final AuditTrail audit;
    private final DSLContext db;
    private final TransactionTemplate tx;
    private final ImportProgress progress;
    private final Clock clock;

    ImportCommitter(
            ImportStore store,
            ImportedKeys imported,
            SheetCheck check,
            NewCases cases,
            CasePersons persons,
            AuditTrail audit,
            DSLContext db,
            PlatformTransactionManager transactions,
            ImportProgress progress,
            Clock clock) {
        this.store = store;
        this.imported = imported;
        this.check = check;
        this.cases = cases;
        this.persons = persons;
        this.audit = audit;
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.progress = progress;
        this.clock = clock;
    }

    /** Runs the commit of an import already moved to COMMITTING; on any failure it goes back to READY. */
    void commit(ImportSummary job, SigapUser user, RegionScope scope) {
        try {
            tx.executeWithoutResult(status -> apply(job, user, scope));
        } catch (RuntimeException e) {
            String code = e instanceof SigapException s ? s.code() : "import.commit-failed";
            log.warn("Import {} not committed ({}: {})", job.id(), e.getClass().getSimpleName(), code);
            try {
                store.move(job.id(), COMMITTING, READY, code);
            } catch (RuntimeException again) {
                log.warn("Import {} stays COMMITTING until the next start", job.id());
            }
        } finally {
            progress.finish(job.id());
        }
    }

    private void apply(ImportSummary job, SigapUser user, RegionScope scope) {
        db.select(DSL.function(
                        "set_config",
                        String.class,
                        DSL.val("application_name"),
                        DSL.val("sigap-import-" + job.id()),
                        DSL.val(true)))
                .fetch();
        byte[] content = store.content(job.id()).orElse(null);
        if (content == null) {
            throw new SigapException.Conflict("import.content-gone");
        }
        long t0 = System.nanoTime();
        CheckedFile checked = check.check(content, scope);
        if (!checked.clean()) {
            throw new SigapException.Conflict("import.no-longer-valid");
        }
        long t1 = System.nanoTime();
        long agency = job.agencyId();
        Set<String> known = imported.knownRows(
                agency, checked.rows().stream().map(ImportRow::rowHash).toList());
        List<ImportRow> toAdd = checked.rows().stream()
                .filter(r -> !known.contains(r.rowHash()))
                .toList();
        progress.start(job.id(), toAdd.size());
        Map<String, List<ImportRow>> byCase = new LinkedHashMap<>();
        toAdd.forEach(
                r -> byCase.computeIfAbsent(r.caseKey(), k -> new ArrayList<>()).add(r));
        List<RowKey> rowKeys = new ArrayList<>(toAdd.size());
        List<List<ImportRow>> newCases = new ArrayList<>();
        for (List<ImportRow> rows : byCase.values()) {
            Long existing =
                    imported.knownCase(agency, rows.getFirst().caseKey()).orElse(null);
            if (existing == null) {
                newCases.add(rows);
                continue;
            }
            for (ImportRow row : rows) {
                long personId = persons.addToCase(user, existing, row.person(), row.role(), row.roleInProcess());
                if (row.recruitmentChannel() != null) {
                    persons.setRecruitmentChannel(user, existing, personId, row.recruitmentChannel());
                }
                rowKeys.add(new RowKey(row.rowHash(), personId));
                progress.advance(job.id(), 1);
            }
        }
        for (int i = 0; i < newCases.size(); i += CASES_PER_LOAD) {
            List<List<ImportRow>> chunk = newCases.subList(i, Math.min(newCases.size(), i + CASES_PER_LOAD));
            rowKeys.addAll(cases.load(job, user, chunk, OffsetDateTime.now(clock)));
            progress.advance(job.id(), chunk.stream().mapToInt(List::size).sum());
        }
        int casesCreated = newCases.size();
        imported.rememberRows(agency, job.id(), rowKeys);
        int skipped = checked.rows().size() - toAdd.size();
        store.committed(job.id(), casesCreated, toAdd.size(), skipped, OffsetDateTime.now(clock));
        audit.record(
                AuditEvent.Action.CREATE,
                AUDIT_TYPE,
                job.id(),
                job.scopeRegion(),
                "sha256:" + job.fileHash() + ";rows:" + checked.rows().size() + ";cases:" + casesCreated + ";persons:"
                        + toAdd.size() + ";skipped:" + skipped);
        log.info(
                "Import {}: {} rows checked again in {} ms, {} persons written in {} ms",
                job.id(),
                checked.rows().size(),
                (t1 - t0) / 1_000_000,
                toAdd.size(),
                (System.nanoTime() - t1) / 1_000_000);
    }
}
