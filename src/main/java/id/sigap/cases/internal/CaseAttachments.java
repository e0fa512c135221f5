package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_ATTACHMENT;

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
import org.springframework.stereotype.Component;

/**
 * Attachments of a case: uploaded by its writers after a content check ({@link FileContent}), listed and
 * downloaded by its readers; every download is audited. A refused upload leaves neither a file nor a row.
 */
@Component
public class CaseAttachments {

    public static final String ATTACHMENT = "attachment";

    private final DSLContext db;
    private final CaseRegister cases;
    private final CaseAccess access;
    private final AttachmentStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBytes;

    CaseAttachments(
            DSLContext db,
            CaseRegister cases,
            CaseAccess access,
            AttachmentStore store,
            AuditTrail audit,
            Clock clock,
            @Value("${sigap.attachments.max-bytes:20971520}") long maxBytes) {
        this.db = db;
        this.cases = cases;
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public record Attachment(
            long id,
            long caseId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            AttachmentKind kind,
            OffsetDateTime uploadedAt) {}

    public record Download(Attachment attachment, byte[] bytes) {}

    /** Thrown for an upload over the limit; answered with 413. */
    public static final class TooLarge extends RuntimeException {
        private final long maxBytes;

        TooLarge(long maxBytes) {
            super("attachment too large", null, false, false);
            this.maxBytes = maxBytes;
        }

        public long maxMegabytes() {
            return maxBytes / (1024 * 1024);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Refuses an upload of {@code size} bytes before it is read. */
    public void checkSize(long size) {
        if (size > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        if (size <= 0) {
            throw new SigapException.Invalid("file", "attachment.empty");
        }
    }

    public Attachment upload(SigapUser user, long caseId, String fileName, AttachmentKind kind, byte[] bytes) {
        CaseRow row = cases.find(caseId);
        access.requireWrite(user, row.regionCode(), CaseAccess.CASE, caseId);
        checkSize(bytes.length);
        String type = FileContent.check(bytes);
        String name = FileContent.sanitize(fileName);
        String key = store.write(caseId, bytes);
        try {
            var r = db.insertInto(CASE_ATTACHMENT)
                    .set(CASE_ATTACHMENT.CASE_ID, caseId)
                    .set(CASE_ATTACHMENT.STORAGE_KEY, key)
                    .set(CASE_ATTACHMENT.FILE_NAME, name)
                    .set(CASE_ATTACHMENT.CONTENT_TYPE, type)
                    .set(CASE_ATTACHMENT.SIZE_BYTES, (long) bytes.length)
                    .set(CASE_ATTACHMENT.SHA256, sha256(bytes))
                    .set(CASE_ATTACHMENT.KIND, kind.name())
                    .set(CASE_ATTACHMENT.UPLOADED_BY, user.id())
                    .set(CASE_ATTACHMENT.UPLOADED_AT, OffsetDateTime.now(clock))
                    .returning()
                    .fetchSingle();
            Attachment a = of(r);
            audit.created(ATTACHMENT, a.id(), row.regionCode());
            return a;
        } catch (RuntimeException e) {
            store.delete(caseId, key);
            throw e;
        }
    }

    /** The case's attachments; the case read itself is checked (and audited) by the caller's page or API. */
    public List<Attachment> list(SigapUser user, long caseId) {
        CaseRow row = cases.find(caseId);
        access.requireRead(user, row.regionCode(), row.owningAgencyId(), caseId);
        return db.selectFrom(CASE_ATTACHMENT)
                .where(CASE_ATTACHMENT.CASE_ID.eq(caseId))
                .orderBy(CASE_ATTACHMENT.UPLOADED_AT.desc(), CASE_ATTACHMENT.ID.desc())
                .limit(500)
                .fetch(CaseAttachments::of);
    }

    public Download download(SigapUser user, long caseId, long attachmentId) {
        CaseRow row = cases.find(caseId);
        access.requireRead(user, row.regionCode(), row.owningAgencyId(), caseId);
        var r = db.selectFrom(CASE_ATTACHMENT)
                .where(CASE_ATTACHMENT.ID.eq(attachmentId).and(CASE_ATTACHMENT.CASE_ID.eq(caseId)))
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("attachment.not-found"));
        audit.read(ATTACHMENT, attachmentId, row.regionCode());
        return new Download(of(r), store.read(caseId, r.getStorageKey()));
    }

    /** Stored files of a case, counted on disk. */
    public long storedFiles(long caseId) {
        return store.count(caseId);
    }

    private static Attachment of(id.sigap.cases.internal.db.tables.records.CaseAttachmentRecord r) {
        return new Attachment(
                r.getId(),
                r.getCaseId(),
                r.getFileName(),
                r.getContentType(),
                r.getSizeBytes(),
                r.getSha256(),
                AttachmentKind.valueOf(r.getKind()),
                r.getUploadedAt());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
