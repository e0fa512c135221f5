package id.sigap.dataimport.internal;

import static id.sigap.dataimport.internal.db.Tables.IMPORT_JOB;

import id.sigap.dataimport.ImportStatus;
import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * The imports as users see them. Importing is for intake officers and case workers (the roles that may write cases);
 * an import belongs to the uploader's agency and to the region scope at which the uploader imports. Another user of the
 * same agency may read and commit it when their import scope covers that region; anyone else is refused (audited).
 */
@Service
public class ImportDesk {

    public static final Role[] IMPORTERS = {Role.INTAKE_OFFICER, Role.CASE_WORKER};
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportDesk.class);

    private final ImportStore store;
    private final ImportProblems problems;
    private final ImportReader reader;
    private final ImportCommitter committer;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ImportProgress progress;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sigap-import");
        t.setDaemon(true);
        return t;
    });

    ImportDesk(
            ImportStore store,
            ImportProblems problems,
            ImportReader reader,
            ImportCommitter committer,
            AccessPolicy access,
            AuditTrail audit,
            ImportProgress progress,
            Clock clock) {
        this.store = store;
        this.problems = problems;
        this.reader = reader;
        this.committer = committer;
        this.access = access;
        this.audit = audit;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Keeps the file (sealed) as a PARSING import and starts reading and checking it in the background (poll the
     * import until it is READY or INVALID); nothing is imported yet.
     */
    public ImportSummary upload(SigapUser user, String fileName, byte[] content) {
        RegionScope scope = scope(user);
        if (content == null || content.length == 0) {
            throw new SigapException.Invalid("file", "import.file-empty");
        }
        if (content.length > MAX_BYTES) {
            throw new SigapException.Invalid("file", "import.file-too-large", MAX_BYTES / (1024 * 1024));
        }
        UploadedFile file = UploadedFile.of(fileName, content);
        long id = store.insert(new ImportStore.NewJob(
                user.agencyId(),
                user.id(),
                scope.national() ? null : commonRoot(scope),
                scope.national(),
                file.name(),
                file.sha256(),
                file.format(),
                content,
                OffsetDateTime.now(clock)));
        reader.start(id, content, scope);
        return store.find(id).orElseThrow();
    }

    public ImportSummary get(SigapUser user, long id) {
        scope(user);
        ImportSummary job = store.find(id).orElseThrow(() -> new SigapException.NotFound("import.not-found"));
        if (!visible(user, job)) {
            audit.record(AuditEvent.Action.ACCESS_DENIED, ImportCommitter.AUDIT_TYPE, id, job.scopeRegion(), null);
            throw new SigapException.NotAllowed("access.denied");
        }
        return job;
    }

    public Page<Problem> problems(SigapUser user, long id, PageRequest page) {
        get(user, id);
        return problems.page(id, page);
    }

    /** The imports the user may see (their agency's, within their import scope), newest first. */
    public Page<ImportSummary> history(SigapUser user, PageRequest page) {
        RegionScope scope = scope(user);
        Condition mine = IMPORT_JOB.UPLOADED_BY.eq(user.id());
        Condition inScope = scope.national()
                ? DSL.trueCondition()
                : IMPORT_JOB.NATIONAL_SCOPE.isFalse().and(scope.condition(IMPORT_JOB.SCOPE_REGION));
        return store.list(IMPORT_JOB.AGENCY_ID.eq(user.agencyId()).and(mine.or(inScope)), page);
    }

    public ImportProgress.Done progress(long id) {
        return progress.of(id);
    }

    /** Starts the all-or-nothing commit in the background; the import is COMMITTING until it ends. */
    public ImportSummary commit(SigapUser user, long id) {
        ImportSummary job = get(user, id);
        switch (job.status()) {
            case PARSING -> throw new SigapException.Conflict("import.parsing");
            case INVALID -> throw new SigapException.Conflict("import.has-problems");
            case FAILED -> throw new SigapException.Conflict("import.parse-failed");
            case EXPIRED -> throw new SigapException.Conflict("import.content-expired");
            case COMMITTED -> throw new SigapException.Conflict("import.already-committed");
            case COMMITTING -> throw new SigapException.Conflict("import.committing");
            case READY -> {}
        }
        if (!store.move(id, ImportStatus.READY, ImportStatus.COMMITTING, null)) {
            throw new SigapException.Conflict("import.committing");
        }
        RegionScope scope = scope(user);
        ImportSummary committing = store.find(id).orElseThrow();
        worker.execute(new DelegatingSecurityContextRunnable(() -> committer.commit(committing, user, scope)));
        return committing;
    }

    /**
     * Deletes an import that was never committed, with its file and problems (audited); one being read or committed,
     * or committed, is refused.
     */
    public void discard(SigapUser user, long id) {
        ImportSummary job = get(user, id);
        if (job.status() == ImportStatus.COMMITTED) {
            throw new SigapException.Conflict("import.already-committed");
        }
        if (!store.delete(id)) {
            throw new SigapException.Conflict(
                    job.status() == ImportStatus.PARSING ? "import.parsing" : "import.committing");
        }
        audit.record(AuditEvent.Action.DELETE, ImportCommitter.AUDIT_TYPE, id, job.scopeRegion(), "discarded");
        log.info("Import {} discarded", id);
    }

    public static boolean discardable(ImportStatus status) {
        return ImportStore.DISCARDABLE.contains(status.name());
    }

    /** Imports left COMMITTING by a process that is gone go back to READY (at start, see {@link ImportRecovery}). */
    public int recover() {
        return store.resetCommitting();
    }

    void shutdown() {
        worker.shutdownNow();
    }

    private RegionScope scope(SigapUser user) {
        RegionScope scope = access.grantedScope(user, IMPORTERS);
        if (scope.isEmpty()) {
            throw new SigapException.NotAllowed("access.denied");
        }
        return scope;
    }

    private boolean visible(SigapUser user, ImportSummary job) {
        if (job.agencyId() != user.agencyId()) {
            return false;
        }
        if (job.uploadedBy() == user.id()) {
            return true;
        }
        RegionScope scope = access.grantedScope(user, IMPORTERS);
        return scope.national()
                || (!job.nationalScope() && job.scopeRegion() != null && scope.covers(job.scopeRegion()));
    }

    /** The nearest region containing every root of the scope, or null when they share none. */
    static String commonRoot(RegionScope scope) {
        String common = null;
        for (String root : scope.roots()) {
            if (common == null) {
                common = root;
            }
            while (common != null && !RegionScope.isWithin(root, common)) {
                int dot = common.lastIndexOf('.');
                common = dot < 0 ? null : common.substring(0, dot);
            }
            if (common == null) {
                return null;
            }
        }
        return common;
    }
}
