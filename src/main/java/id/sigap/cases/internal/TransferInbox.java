package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_TRANSFER;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyQuery;
import id.sigap.region.RegionCodes;
import id.sigap.region.Regions;
import id.sigap.security.AccessPolicy;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving side of transfers and the choice of a receiving agency. The inbox lists the pending transfers to the
 * user's own agency whose target region is within the user's case-worker or intake-officer scope; nothing else. The
 * agency choice searches active, regional agencies by name within the chosen target region (organization's API).
 */
@Component
public class TransferInbox {

    static final int CHOICES = 20;

    private final DSLContext db;
    private final AccessPolicy policy;
    private final CaseRegister cases;
    private final CaseAccess access;
    private final Agencies agencies;
    private final Regions regions;

    TransferInbox(
            DSLContext db,
            AccessPolicy policy,
            CaseRegister cases,
            CaseAccess access,
            Agencies agencies,
            Regions regions) {
        this.db = db;
        this.policy = policy;
        this.cases = cases;
        this.access = access;
        this.agencies = agencies;
        this.regions = regions;
    }

    /** A pending transfer to the user's agency, as the inbox shows it. */
    public record Incoming(
            long transferId,
            long caseId,
            String caseNumber,
            long fromAgencyId,
            String fromAgencyName,
            String fromRegionCode,
            String targetRegionCode,
            String reason,
            OffsetDateTime requestedAt) {}

    public boolean mayReceive(SigapUser user) {
        return !policy.scope(user, CaseTransfers.RECEIVERS).isEmpty();
    }

    /** Refuses (403, audited) users who may not receive transfers anywhere. */
    public RegionScope receiverScope(SigapUser user) {
        RegionScope scope = policy.scope(user, CaseTransfers.RECEIVERS);
        if (scope.isEmpty()) {
            policy.require(user, null, CaseTransfers.TRANSFER, "inbox", CaseTransfers.RECEIVERS);
        }
        return scope;
    }

    @Transactional(readOnly = true)
    public Page<Incoming> incoming(SigapUser user, PageRequest paging) {
        RegionScope scope = receiverScope(user);
        Condition where = CASE_TRANSFER
                .STATUS
                .eq("PENDING")
                .and(CASE_TRANSFER.TO_AGENCY_ID.eq(user.agencyId()))
                .and(scope.condition(CASE_TRANSFER.TARGET_REGION_CODE));
        long total = db.fetchCount(CASE_TRANSFER, where);
        var rows = db.select(CASE_TRANSFER.asterisk(), CASE_FILE.CASE_NUMBER)
                .from(CASE_TRANSFER)
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_TRANSFER.CASE_ID))
                .where(where)
                .orderBy(CASE_TRANSFER.REQUESTED_AT.asc(), CASE_TRANSFER.ID.asc())
                .limit(paging.size())
                .offset(paging.offset())
                .fetch();
        Map<Long, String> names = new HashMap<>();
        List<Incoming> content = rows.stream()
                .map(r -> {
                    long from = r.get(CASE_TRANSFER.FROM_AGENCY_ID);
                    String name = names.computeIfAbsent(
                            from, id -> agencies.find(id).map(Agency::name).orElse(null));
                    return new Incoming(
                            r.get(CASE_TRANSFER.ID),
                            r.get(CASE_TRANSFER.CASE_ID),
                            r.get(CASE_FILE.CASE_NUMBER),
                            from,
                            name,
                            r.get(CASE_TRANSFER.FROM_REGION_CODE),
                            r.get(CASE_TRANSFER.TARGET_REGION_CODE),
                            r.get(CASE_TRANSFER.REASON),
                            r.get(CASE_TRANSFER.REQUESTED_AT));
                })
                .toList();
        return new Page<>(content, paging.page(), paging.size(), total);
    }

    /**
     * Agencies the owner of the case may transfer it to: active agencies of {@code regionCode} and below whose name
     * or short name matches {@code text}, without the owning agency; at most {@value #CHOICES}. Refuses users who
     * may not request the transfer and an unknown region (field {@code wilayah}).
     */
    @Transactional(readOnly = true)
    public List<Agency> choices(SigapUser user, long caseId, String regionCode, String text) {
        CaseRow row = cases.find(caseId);
        access.requireWrite(user, row.regionCode(), CaseAccess.CASE, caseId);
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (region == null) {
            return List.of();
        }
        if (!RegionCodes.isWellFormed(region) || !regions.exists(region)) {
            throw new SigapException.Invalid("wilayah", "transfer.region-unknown");
        }
        String q = text == null || text.isBlank() ? null : text.strip();
        if (q != null && q.length() > 100) {
            throw new SigapException.Invalid("cari", "transfer.search-too-long", 100);
        }
        return agencies
                .search(
                        new AgencyQuery(q, null, region, false, "name", false),
                        RegionScope.NATIONAL,
                        new PageRequest(0, CHOICES + 1))
                .content()
                .stream()
                .filter(a -> a.active() && a.regionCode() != null && a.id() != row.owningAgencyId())
                .limit(CHOICES)
                .toList();
    }
}
