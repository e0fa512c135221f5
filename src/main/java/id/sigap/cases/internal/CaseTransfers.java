package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_TRANSFER;

import id.sigap.cases.internal.db.tables.records.CaseTransferRecord;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer of a case to another agency. The owning agency's writers request it (with a reason); a case worker or
 * intake officer of the receiving agency whose scope covers the target region (the receiving agency's region)
 * accepts it, which moves ownership and region, or declines it with a reason. Every step is audited.
 */
@Component
public class CaseTransfers {

    public static final String TRANSFER = "case-transfer";
    static final Role[] RECEIVERS = {Role.CASE_WORKER, Role.INTAKE_OFFICER};

    private final DSLContext db;
    private final CaseRegister cases;
    private final CaseAccess access;
    private final AccessPolicy policy;
    private final Agencies agencies;
    private final AuditTrail audit;
    private final Clock clock;

    CaseTransfers(
            DSLContext db,
            CaseRegister cases,
            CaseAccess access,
            AccessPolicy policy,
            Agencies agencies,
            AuditTrail audit,
            Clock clock) {
        this.db = db;
        this.cases = cases;
        this.access = access;
        this.policy = policy;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    public record Transfer(
            long id,
            long caseId,
            long fromAgencyId,
            long toAgencyId,
            String targetRegionCode,
            String reason,
            String status,
            OffsetDateTime requestedAt,
            OffsetDateTime decidedAt,
            String declineReason) {}

    @Transactional
    public Transfer request(SigapUser user, long caseId, Long toAgencyId, String reason) {
        CaseRow row = cases.find(caseId);
        access.requireWrite(user, row.regionCode(), CaseAccess.CASE, caseId);
        if (user.agencyId() != row.owningAgencyId()) {
            throw new SigapException.NotAllowed("transfer.not-owner");
        }
        if (toAgencyId == null) {
            throw new SigapException.Invalid("toAgencyId", "transfer.agency-required");
        }
        Agency target = agencies.find(toAgencyId)
                .orElseThrow(() -> new SigapException.Invalid("toAgencyId", "transfer.agency-unknown"));
        if (!target.active() || target.regionCode() == null) {
            // a case belongs to a region: national or inactive agencies cannot receive one
            throw new SigapException.Invalid("toAgencyId", "transfer.agency-not-eligible");
        }
        if (target.id() == row.owningAgencyId()) {
            throw new SigapException.Invalid("toAgencyId", "transfer.same-agency");
        }
        String why = requireReason("reason", reason);
        if (pendingRecord(caseId).isPresent()) {
            throw new SigapException.Conflict("transfer.already-pending");
        }
        var r = db.insertInto(CASE_TRANSFER)
                .set(CASE_TRANSFER.CASE_ID, caseId)
                .set(CASE_TRANSFER.FROM_AGENCY_ID, row.owningAgencyId())
                .set(CASE_TRANSFER.TO_AGENCY_ID, target.id())
                .set(CASE_TRANSFER.FROM_REGION_CODE, row.regionCode())
                .set(CASE_TRANSFER.TARGET_REGION_CODE, target.regionCode())
                .set(CASE_TRANSFER.REASON, why)
                .set(CASE_TRANSFER.STATUS, "PENDING")
                .set(CASE_TRANSFER.REQUESTED_BY, user.id())
                .set(CASE_TRANSFER.REQUESTED_AT, OffsetDateTime.now(clock))
                .returning()
                .fetchSingle();
        audit.created(TRANSFER, r.getId(), row.regionCode());
        return of(r);
    }

    /** The pending transfer, shown to the case's readers and to the receiving agency. */
    public Optional<Transfer> pending(SigapUser user, long caseId) {
        CaseRow row = cases.find(caseId);
        Optional<CaseTransferRecord> r = pendingRecord(caseId);
        boolean receiving = r.isPresent() && r.get().getToAgencyId() == user.agencyId();
        if (!receiving) {
            access.requireRead(user, row.regionCode(), row.owningAgencyId(), caseId);
        }
        return r.map(CaseTransfers::of);
    }

    /** The pending transfer of a case the caller has already been allowed to read (for the case page). */
    public Optional<Transfer> pendingOf(long caseId) {
        return pendingRecord(caseId).map(CaseTransfers::of);
    }

    /** The current name of an agency, for display. */
    public Optional<String> agencyName(long agencyId) {
        return agencies.find(agencyId).map(Agency::name);
    }

    /** Whether the user may accept or decline the pending transfer. */
    public boolean mayDecide(SigapUser user, Transfer t) {
        return t.toAgencyId() == user.agencyId() && policy.allows(user, t.targetRegionCode(), RECEIVERS);
    }

    @Transactional
    public Transfer accept(SigapUser user, long caseId) {
        CaseTransferRecord r = decidable(user, caseId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String region = r.getTargetRegionCode();
        db.update(CASE_FILE)
                .set(CASE_FILE.OWNING_AGENCY_ID, r.getToAgencyId())
                .set(CASE_FILE.REGION_CODE, region)
                .set(CASE_FILE.PROVINCE_CODE, region.substring(0, 2))
                .set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .set(CASE_FILE.UPDATED_AT, now)
                .where(CASE_FILE.ID.eq(caseId))
                .execute();
        r.setStatus("ACCEPTED");
        r.setDecidedBy(user.id());
        r.setDecidedAt(now);
        r.store();
        audit.updated(TRANSFER, r.getId(), region, "status=ACCEPTED");
        audit.updated(CaseAccess.CASE, caseId, region, "owning_agency_id,region_code");
        return of(r);
    }

    @Transactional
    public Transfer decline(SigapUser user, long caseId, String reason) {
        CaseTransferRecord r = decidable(user, caseId);
        r.setDeclineReason(requireReason("reason", reason));
        r.setStatus("DECLINED");
        r.setDecidedBy(user.id());
        r.setDecidedAt(OffsetDateTime.now(clock));
        r.store();
        audit.updated(TRANSFER, r.getId(), r.getFromRegionCode(), "status=DECLINED");
        return of(r);
    }

    private CaseTransferRecord decidable(SigapUser user, long caseId) {
        cases.find(caseId);
        CaseTransferRecord r = db.selectFrom(CASE_TRANSFER)
                .where(CASE_TRANSFER.CASE_ID.eq(caseId).and(CASE_TRANSFER.STATUS.eq("PENDING")))
                .forUpdate()
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("transfer.not-pending"));
        if (r.getToAgencyId() != user.agencyId()) {
            policy.require(user, null, TRANSFER, String.valueOf(r.getId()), new Role[0]);
            throw new SigapException.NotAllowed("transfer.not-receiving-agency");
        }
        policy.require(user, r.getTargetRegionCode(), TRANSFER, String.valueOf(r.getId()), RECEIVERS);
        return r;
    }

    private Optional<CaseTransferRecord> pendingRecord(long caseId) {
        return db.selectFrom(CASE_TRANSFER)
                .where(CASE_TRANSFER.CASE_ID.eq(caseId).and(CASE_TRANSFER.STATUS.eq("PENDING")))
                .fetchOptional();
    }

    private static String requireReason(String field, String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new SigapException.Invalid(field, "transfer.reason-required");
        }
        if (r.length() > 1000) {
            throw new SigapException.Invalid(field, "transfer.reason-too-long", 1000);
        }
        return r;
    }

    private static Transfer of(CaseTransferRecord r) {
        return new Transfer(
                r.getId(),
                r.getCaseId(),
                r.getFromAgencyId(),
                r.getToAgencyId(),
                r.getTargetRegionCode(),
                r.getReason(),
                r.getStatus(),
                r.getRequestedAt(),
                r.getDecidedAt(),
                r.getDeclineReason());
    }
}
