package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.REPORT_EVIDENCE;

import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.ReportStatus;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.FileContent;
import id.sigap.shared.SigapException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence attached to a progress report (photos, attendance lists, decrees): PDF, JPEG or PNG decided from the
 * content ({@link FileContent}), at most {@code sigap.attachments.max-bytes} like case attachments, stored in
 * the module's schema. Added by the reporting agency while the report is open (submitted or returned); read by those
 * who may read the indicator, every download audited.
 */
@Service
public class EvidenceFiles {

    public record Evidence(
            long id, long reportId, String fileName, String contentType, long sizeBytes, OffsetDateTime uploadedAt) {}

    public record Download(Evidence evidence, byte[] bytes) {}

    private final DSLContext db;
    private final ProgressReports reports;
    private final PlanIndicators indicators;
    private final PlanStore plans;
    private final PlanAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBytes;

    EvidenceFiles(
            DSLContext db,
            ProgressReports reports,
            PlanIndicators indicators,
            PlanStore plans,
            PlanAccess access,
            AuditTrail audit,
            Clock clock,
            @Value("${sigap.attachments.max-bytes:20971520}") long maxBytes) {
        this.db = db;
        this.reports = reports;
        this.indicators = indicators;
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The content type of an acceptable file; {@code validation.failed} (field {@code file}) otherwise. */
    public String check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new SigapException.Invalid("file", "plans.evidence-empty");
        }
        if (bytes.length > maxBytes) {
            throw new SigapException.Invalid("file", "plans.evidence-too-large", maxBytes / (1024 * 1024));
        }
        return FileContent.check(bytes);
    }

    @Transactional
    public Evidence upload(SigapUser user, long reportId, String fileName, byte[] bytes) {
        ProgressReport report = reports.find(reportId);
        Indicator indicator = indicators.find(report.indicatorId());
        ActionPlan plan = plans.find(indicator.planId());
        access.require(reports.mayReport(user, indicator), PlanAccess.REPORT, reportId, plan.regionCode());
        if (report.status() != ReportStatus.SUBMITTED && report.status() != ReportStatus.RETURNED) {
            throw new SigapException.Conflict("plans.report-wrong-status");
        }
        String type = check(bytes);
        var r = db.insertInto(REPORT_EVIDENCE)
                .set(REPORT_EVIDENCE.REPORT_ID, reportId)
                .set(REPORT_EVIDENCE.FILE_NAME, FileContent.sanitize(fileName))
                .set(REPORT_EVIDENCE.CONTENT_TYPE, type)
                .set(REPORT_EVIDENCE.SIZE_BYTES, (long) bytes.length)
                .set(REPORT_EVIDENCE.SHA256, sha256(bytes))
                .set(REPORT_EVIDENCE.CONTENT, bytes)
                .set(REPORT_EVIDENCE.UPLOADED_BY, user.id())
                .set(REPORT_EVIDENCE.UPLOADED_AT, OffsetDateTime.now(clock))
                .returning(REPORT_EVIDENCE.ID)
                .fetchSingle();
        audit.created(PlanAccess.EVIDENCE, r.getId(), plan.regionCode());
        return list(List.of(reportId)).stream()
                .filter(e -> e.id() == r.getId())
                .findFirst()
                .orElseThrow();
    }

    /** Evidence of the given reports (callers check that the indicator may be read). */
    @Transactional(readOnly = true)
    public List<Evidence> list(List<Long> reportIds) {
        return db.select(
                        REPORT_EVIDENCE.ID,
                        REPORT_EVIDENCE.REPORT_ID,
                        REPORT_EVIDENCE.FILE_NAME,
                        REPORT_EVIDENCE.CONTENT_TYPE,
                        REPORT_EVIDENCE.SIZE_BYTES,
                        REPORT_EVIDENCE.UPLOADED_AT)
                .from(REPORT_EVIDENCE)
                .where(REPORT_EVIDENCE.REPORT_ID.in(reportIds))
                .orderBy(REPORT_EVIDENCE.ID)
                .fetch(r -> new Evidence(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** The file, if the user may read the indicator of its report; audited. */
    @Transactional(readOnly = true)
    public Download download(SigapUser user, long evidenceId) {
        var r = db.fetchOptional(REPORT_EVIDENCE, REPORT_EVIDENCE.ID.eq(evidenceId))
                .orElseThrow(() -> new SigapException.NotFound("plans.evidence-not-found"));
        Indicator indicator = indicators.find(reports.find(r.getReportId()).indicatorId());
        ActionPlan plan = plans.requireReadable(user, indicator.planId());
        audit.read(PlanAccess.EVIDENCE, evidenceId, plan.regionCode());
        return new Download(
                new Evidence(
                        r.getId(),
                        r.getReportId(),
                        r.getFileName(),
                        r.getContentType(),
                        r.getSizeBytes(),
                        r.getUploadedAt()),
                r.getContent());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
