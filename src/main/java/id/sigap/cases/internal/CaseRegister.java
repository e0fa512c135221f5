package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_ELEMENT;
import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_NOTE;

import id.sigap.cases.CaseStatus;
import id.sigap.cases.ClosingChecks;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.Jakarta;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases as staff see and change them: list, detail, status changes and notes, each decided by {@link CaseAccess}. */
@Service
public class CaseRegister {

    static final ZoneId WIB = Jakarta.ZONE;

    private final DSLContext db;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<ClosingChecks> closingChecks;

    CaseRegister(
            DSLContext db,
            CaseAccess access,
            AuditTrail audit,
            Clock clock,
            ObjectProvider<ClosingChecks> closingChecks) {
        this.closingChecks = closingChecks;
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<CaseRow> list(SigapUser user, CaseQuery q, PageRequest page) {
        access.requireSomeReader(user);
        Condition c = access.readable(user, CASE_FILE.REGION_CODE, CASE_FILE.OWNING_AGENCY_ID);
        if (q.region() != null) {
            c = c.and(CASE_FILE.REGION_CODE.eq(q.region()).or(CASE_FILE.REGION_CODE.startsWith(q.region() + ".")));
        }
        if (q.status() != null) {
            c = c.and(CASE_FILE.STATUS.eq(q.status().name()));
        }
        if (q.from() != null) {
            c = c.and(CASE_FILE.OPENED_AT.ge(q.from().atStartOfDay(WIB).toOffsetDateTime()));
        }
        if (q.to() != null) {
            c = c.and(
                    CASE_FILE.OPENED_AT.lt(q.to().plusDays(1).atStartOfDay(WIB).toOffsetDateTime()));
        }
        if (q.modus() != null) {
            c = c.and(DSL.exists(DSL.selectOne()
                    .from(CASE_ELEMENT)
                    .where(CASE_ELEMENT.CASE_ID.eq(CASE_FILE.ID))
                    .and(CASE_ELEMENT.LIST.eq("MODUS"))
                    .and(CASE_ELEMENT.CODE.eq(q.modus()))));
        }
        if (q.q() != null) {
            String like = "%" + q.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            c = c.and(
                    CASE_FILE.CASE_NUMBER.likeIgnoreCase(like, '\\').or(CASE_FILE.SUMMARY.likeIgnoreCase(like, '\\')));
        }
        long total = db.fetchCount(CASE_FILE, c);
        List<CaseRow> rows = db.selectFrom(CASE_FILE)
                .where(c)
                .orderBy(sort(q), CASE_FILE.ID.desc())
                .limit(page.size())
                .offset(page.offset())
                .fetch(CaseRow::of);
        return new Page<>(rows, page.page(), page.size(), total);
    }

    /** The case, or 404; refuses (403, audited) outside the user's reach; audits the read. */
    public CaseRow read(SigapUser user, long id) {
        CaseRow row = find(id);
        access.requireRead(user, row.regionCode(), row.owningAgencyId(), id);
        audit.read(CaseAccess.CASE, id, row.regionCode());
        return row;
    }

    public CaseRow find(long id) {
        return db.selectFrom(CASE_FILE)
                .where(CASE_FILE.ID.eq(id))
                .fetchOptional(CaseRow::of)
                .orElseThrow(() -> new SigapException.NotFound("case.not-found"));
    }

    public List<CaseNote> notes(long caseId) {
        return db.selectFrom(CASE_NOTE)
                .where(CASE_NOTE.CASE_ID.eq(caseId))
                .orderBy(CASE_NOTE.CREATED_AT.desc(), CASE_NOTE.ID.desc())
                .limit(200)
                .fetch(r -> new CaseNote(r.getId(), r.getKind(), r.getBody(), r.getAuthorName(), r.getCreatedAt()));
    }

    /** Applies a status action (handle, close, reopen) if {@code version} is current; 409 otherwise. */
    @Transactional
    public CaseRow changeStatus(SigapUser user, long id, int version, String action, String reason) {
        CaseRow row = find(id);
        access.requireWrite(user, row.regionCode(), CaseAccess.CASE, id);
        CaseStatus next =
                switch (action == null ? "" : action) {
                    case "handle" -> CaseLifecycle.startHandling(row.status());
                    case "close" -> CaseLifecycle.close(row.status(), reason);
                    case "reopen" -> CaseLifecycle.reopen(row.status());
                    default -> throw new SigapException.Invalid("action", "case.action-unknown");
                };
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean closing = next == CaseStatus.CLOSED;
        if (closing) {
            closingChecks.forEach(check -> check.beforeClosing(id));
        }
        int updated = db.update(CASE_FILE)
                .set(CASE_FILE.STATUS, next.name())
                .set(CASE_FILE.CLOSED_AT, closing ? now : null)
                .set(CASE_FILE.CLOSE_REASON, closing ? reason : null)
                .set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .set(CASE_FILE.UPDATED_AT, now)
                .where(CASE_FILE.ID.eq(id).and(CASE_FILE.VERSION.eq(version)))
                .execute();
        if (updated != 1) {
            throw new SigapException.Conflict("case.version-conflict");
        }
        note(user, id, "STATUS", closing ? next.name() + ":" + reason : next.name(), now);
        audit.updated(CaseAccess.CASE, id, row.regionCode(), "status");
        return find(id);
    }

    @Transactional
    public void addNote(SigapUser user, long id, String body) {
        CaseRow row = find(id);
        access.requireWrite(user, row.regionCode(), CaseAccess.CASE, id);
        if (body == null || body.isBlank()) {
            throw new SigapException.Invalid("body", "case.note-required");
        }
        if (body.length() > 4000) {
            throw new SigapException.Invalid("body", "case.note-too-long", 4000);
        }
        note(user, id, "NOTE", body.strip(), OffsetDateTime.now(clock));
        audit.updated(CaseAccess.CASE, id, row.regionCode(), "note");
    }

    private void note(SigapUser user, long caseId, String kind, String body, OffsetDateTime at) {
        db.insertInto(CASE_NOTE)
                .set(CASE_NOTE.CASE_ID, caseId)
                .set(CASE_NOTE.KIND, kind)
                .set(CASE_NOTE.BODY, body)
                .set(CASE_NOTE.AUTHOR_ID, user.id() > 0 ? user.id() : null)
                .set(CASE_NOTE.AUTHOR_NAME, user.displayName())
                .set(CASE_NOTE.CREATED_AT, at)
                .execute();
    }

    private static SortField<?> sort(CaseQuery q) {
        var field =
                switch (q.sort() == null ? "" : q.sort()) {
                    case "number" -> CASE_FILE.CASE_NUMBER;
                    case "status" -> CASE_FILE.STATUS;
                    case "region" -> CASE_FILE.REGION_CODE;
                    default -> (org.jooq.Field<?>) CASE_FILE.OPENED_AT;
                };
        boolean desc = q.sort() == null || q.descending();
        return desc ? field.desc() : field.asc();
    }
}
