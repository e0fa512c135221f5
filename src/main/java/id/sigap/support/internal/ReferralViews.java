package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.REFERRAL;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.CasePersonRef;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.support.ConsentGiver;
import id.sigap.support.Referral;
import id.sigap.support.ReferralStatus;
import id.sigap.support.ServiceType;
import id.sigap.support.internal.db.tables.records.ReferralRecord;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Referrals as a viewer sees them. The sending side (staff of the sending agency, readers whose scope covers the
 * case's region) sees who is referred; the receiving agency sees it only after accepting a referral that shares
 * person data. Lists never name persons.
 */
@Service
public class ReferralViews {

    public enum Direction {
        INCOMING,
        OUTGOING,
        ALL
    }

    private final DSLContext db;
    private final CaseFiles cases;
    private final ServiceItemStore items;
    private final SupportAccess access;
    private final AuditTrail audit;

    ReferralViews(DSLContext db, CaseFiles cases, ServiceItemStore items, SupportAccess access, AuditTrail audit) {
        this.db = db;
        this.cases = cases;
        this.items = items;
        this.access = access;
        this.audit = audit;
    }

    /** Referrals the user sees: to or from the user's agency, or of cases in the user's reading scope. */
    public Page<Referral> list(SigapUser user, ReferralStatus status, Direction direction, PageRequest page) {
        access.requireSomeReader(user);
        Condition mine =
                switch (direction == null ? Direction.ALL : direction) {
                    case INCOMING -> REFERRAL.TO_AGENCY_ID.eq(user.agencyId());
                    case OUTGOING -> REFERRAL.FROM_AGENCY_ID.eq(user.agencyId());
                    case ALL ->
                        REFERRAL.TO_AGENCY_ID
                                .eq(user.agencyId())
                                .or(REFERRAL.FROM_AGENCY_ID.eq(user.agencyId()))
                                .or(access.readScope(user).condition(REFERRAL.CASE_REGION_CODE));
                };
        Condition c = status == null ? mine : mine.and(REFERRAL.STATUS.eq(status.name()));
        long total = db.fetchCount(REFERRAL, c);
        List<Referral> rows = db.selectFrom(REFERRAL)
                .where(c)
                .orderBy(REFERRAL.REQUESTED_AT.desc(), REFERRAL.ID.desc())
                .limit(page.size())
                .offset(page.offset())
                .fetch(r -> of(user, r, false));
        return new Page<>(rows, page.page(), page.size(), total);
    }

    boolean senderSide(SigapUser user, ReferralRecord r) {
        return (access.isReader(user) && r.getFromAgencyId() == user.agencyId())
                || access.mayReadRegion(user, r.getCaseRegionCode());
    }

    /** The view of {@code r} for {@code user}; with {@code withPerson}, the person's name where allowed (audited). */
    Referral of(SigapUser user, ReferralRecord r, boolean withPerson) {
        ReferralStatus status = ReferralStatus.valueOf(r.getStatus());
        boolean receiverMaySee =
                r.getToAgencyId() == user.agencyId() && r.getSharesPersonData() && status == ReferralStatus.ACCEPTED;
        boolean seesPerson = senderSide(user, r) || receiverMaySee;
        String name = null;
        if (withPerson && seesPerson && r.getPersonId() != null) {
            CasePersonRef person = cases.persons(r.getCaseId()).stream()
                    .filter(p -> p.personId() == r.getPersonId())
                    .findFirst()
                    .orElse(null);
            if (person != null) {
                name = person.displayName();
                audit.read("person", person.personId(), person.regionCode());
            }
        }
        String caseNumber = seesPerson ? r.getCaseNumber() : null;
        return new Referral(
                r.getId(),
                r.getCaseId(),
                caseNumber,
                seesPerson ? r.getPersonId() : null,
                name,
                r.getPersonChild(),
                ServiceType.valueOf(r.getService()),
                r.getServiceItemId(),
                r.getFromAgencyId(),
                items.agencyName(r.getFromAgencyId()),
                r.getToAgencyId(),
                items.agencyName(r.getToAgencyId()),
                r.getCaseRegionCode(),
                r.getToRegionCode(),
                r.getReason(),
                r.getSharesPersonData(),
                r.getConsentGivenBy() == null ? null : ConsentGiver.valueOf(r.getConsentGivenBy()),
                r.getConsentGivenOn(),
                r.getConsentPurpose(),
                r.getOverrideReason() != null,
                status,
                r.getRejectionReason(),
                r.getRequestedByName(),
                r.getRequestedAt(),
                r.getDecidedAt(),
                r.getClosedAt(),
                r.getVersion());
    }

    /**
     * Referrals of one case, for its service page, as far as {@code view} (decided by {@link SupportAccess}) reaches:
     * all of them, or only those to the user's agency when it sees the referred persons alone.
     */
    public List<Referral> ofCase(SigapUser user, SupportAccess.CaseView view) {
        Condition c = REFERRAL.CASE_ID.eq(view.summary().id());
        if (!view.whole()) {
            c = c.and(REFERRAL.TO_AGENCY_ID.eq(user.agencyId()));
        }
        return db.selectFrom(REFERRAL)
                .where(c)
                .orderBy(REFERRAL.REQUESTED_AT.desc(), REFERRAL.ID.desc())
                .fetch(r -> of(user, r, false));
    }
}
