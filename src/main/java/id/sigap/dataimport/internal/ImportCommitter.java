package id.sigap.dataimport.internal;

import static id.sigap.dataimport.ImportStatus.COMMITTING;
import static id.sigap.dataimport.ImportStatus.READY;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CasePersons;
import id.sigap.dataimport.internal.ImportStore.RowKey;
import id.sigap.intake.ReportInput;
import id.sigap.intake.Reports;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
 * changed), rows the agency has already imported are skipped, new case keys open cases (with their report), and every
 * new row adds its person through the cases API. The import's status, the row and case keys and the audit event are
 * written in the same transaction, so a crash or a killed connection leaves nothing behind, and the import can be
 * committed again. The transaction's connection is named {@code sigap-import-<id>} (visible in pg_stat_activity).
 */
@Component
class ImportCommitter {

    static final String AUDIT_TYPE = "import";
    private static final Logger log = LoggerFactory.getLogger(ImportCommitter.class);

    private final ImportStore store;
    private final SheetCheck check;
    private final CaseFiles caseFiles;
    private final CasePersons persons;
    private final Reports reports;
    private final AuditTrail audit;
    private final DSLContext db;
    private final TransactionTemplate tx;
    private final ImportProgress progress;
    private final Clock clock;

    ImportCommitter(
            ImportStore store,
            SheetCheck check,
            CaseFiles caseFiles,
            CasePersons persons,
            Reports reports,
            AuditTrail audit,
            DSLContext db,
            PlatformTransactionManager transactions,
            ImportProgress progress,
            Clock clock) {
        this.store = store;
        this.check = check;
        this.caseFiles = caseFiles;
        this.persons = persons;
        this.reports = reports;
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
        CheckedFile checked = check.check(content, scope);
        if (!checked.clean()) {
            throw new SigapException.Conflict("import.no-longer-valid");
        }
        long agency = job.agencyId();
        Set<String> known = store.knownRows(
                agency, checked.rows().stream().map(ImportRow::rowHash).toList());
        List<ImportRow> toAdd = checked.rows().stream()
                .filter(r -> !known.contains(r.rowHash()))
                .toList();
        progress.start(job.id(), toAdd.size());
        Map<String, Long> caseIds = new HashMap<>();
        List<RowKey> keys = new ArrayList<>(toAdd.size());
        int casesCreated = 0;
        for (ImportRow row : toAdd) {
            Long caseId = caseIds.get(row.caseKey());
            if (caseId == null) {
                caseId = store.knownCase(agency, row.caseKey()).orElse(null);
                if (caseId == null) {
                    caseId = open(job, user, row);
                    casesCreated++;
                }
                caseIds.put(row.caseKey(), caseId);
            }
            long personId = persons.addToCase(user, caseId, row.person(), row.role(), row.roleInProcess());
            keys.add(new RowKey(row.rowHash(), personId));
            progress.advance(job.id());
        }
        store.rememberRows(agency, job.id(), keys);
        int skipped = checked.rows().size() - toAdd.size();
        store.committed(job.id(), casesCreated, toAdd.size(), skipped, OffsetDateTime.now(clock));
        audit.record(
                AuditEvent.Action.CREATE,
                AUDIT_TYPE,
                job.id(),
                job.scopeRegion(),
                "sha256:" + job.fileHash() + ";rows:" + checked.rows().size() + ";cases:" + casesCreated
                        + ";persons:" + toAdd.size() + ";skipped:" + skipped);
    }

    private long open(ImportSummary job, SigapUser user, ImportRow row) {
        var kase = row.kase();
        Long reportId = null;
        if (kase.reportChannel() != null) {
            reportId = reports.receiveByOfficer(
                            new ReportInput(
                                    kase.reportChannel(),
                                    "OFFICIAL",
                                    kase.regionCode(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    "UNKNOWN",
                                    List.of(),
                                    kase.reportDescription(),
                                    null,
                                    null,
                                    false),
                            user)
                    .reportId();
        }
        var opened = caseFiles.open(new CaseFiles.NewCase(
                job.agencyId(),
                kase.regionCode(),
                kase.summary(),
                reportId,
                null,
                kase.childInvolved(),
                kase.abroad()));
        store.rememberCase(job.agencyId(), row.caseKey(), opened.id(), job.id());
        return opened.id();
    }
}
