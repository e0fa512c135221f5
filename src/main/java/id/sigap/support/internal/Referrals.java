package id.sigap.support.internal;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.CasePersonRef;
import id.sigap.cases.CaseFiles.CaseSummary;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import id.sigap.support.ItemInput;
import id.sigap.support.NewReferral;
import id.sigap.support.Referral;
import id.sigap.support.ReferralStatus;
import id.sigap.support.ServiceType;
import id.sigap.support.internal.db.tables.records.ReferralRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals between agencies. The case's writers send them (from their own agency); person data is shared only with
 * recorded consent, or with an override for a child in danger whose reason goes to the audit log. Staff of the
 * receiving agency accept, reject (with a reason) or mark done; staff of the sending agency (or the case's writers)
 * revoke at any time while open. Each referral names the provider on the person's plan item for the service.
 */
@Service
public class Referrals {

    private final ReferralStore store;
    private final ServiceItemStore items;
    private final ServicePlans plans;
    private final ReferralViews views;
    private final CaseFiles cases;
    private final Agencies agencies;
    private final SupportAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Notifications notifications;

    Referrals(
            Notifications notifications,
            ReferralStore store,
            ServiceItemStore items,
            ServicePlans plans,
            ReferralViews views,
            CaseFiles cases,
            Agencies agencies,
            SupportAccess access,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.items = items;
        this.plans = plans;
        this.views = views;
        this.cases = cases;
        this.agencies = agencies;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.notifications = notifications;
    }

    @Transactional
    public Referral create(SigapUser user, long caseId, NewReferral in) {
        CaseSummary c = cases.summary(caseId).orElseThrow(() -> new SigapException.NotFound("case.not-found"));
        access.requireCaseWrite(user, c);
        ServiceType service = ServiceType.parse(in.service(), "service");
        CasePersonRef person = plans.plannable(caseId).stream()
                .filter(p -> in.personId() != null && p.personId() == in.personId())
                .findFirst()
                .orElseThrow(() -> new SigapException.Invalid("personId", "service.person-not-in-case"));
        if (in.toAgencyId() == null) {
            throw new SigapException.Invalid("toAgencyId", "referral.agency-required");
        }
        Agency to = agencies.find(in.toAgencyId())
                .filter(Agency::active)
                .orElseThrow(() -> new SigapException.Invalid("toAgencyId", "referral.agency-unknown"));
        if (to.id() == user.agencyId()) {
            throw new SigapException.Invalid("toAgencyId", "referral.same-agency");
        }
        if (in.reason() == null) {
            throw new SigapException.Invalid("reason", "referral.reason-required");
        }
        if (in.reason().length() > 2000) {
            throw new SigapException.Invalid("reason", "referral.text-too-long", 2000);
        }
        if (in.sharesPersonData()) {
            in.consent().require(plans.today(), person.child());
        }
        if (store.openDuplicate(caseId, person.personId(), service.name(), to.id())) {
            throw new SigapException.Conflict("referral.duplicate-open");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long itemId = items.openItem(caseId, person.personId(), service)
                .map(r -> {
                    items.assignProvider(r.getId(), to.id(), plans.today(), now);
                    return r.getId();
                })
                .orElseGet(() -> items.insert(
                        c,
                        person.personId(),
                        service,
                        new ItemInput(
                                person.personId(),
                                service.name(),
                                false,
                                to.id(),
                                plans.today(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        user,
                        now));
        ReferralRecord r = store.newRecord();
        r.setCaseId(caseId);
        r.setPersonId(person.personId());
        r.setPersonChild(person.child());
        r.setCaseNumber(c.caseNumber());
        r.setService(service.name());
        r.setServiceItemId(itemId);
        r.setFromAgencyId(user.agencyId());
        r.setToAgencyId(to.id());
        r.setCaseRegionCode(c.regionCode());
        r.setToRegionCode(to.regionCode());
        r.setReason(in.reason());
        r.setSharesPersonData(in.sharesPersonData());
        if (in.sharesPersonData()) {
            r.setConsentGivenBy(
                    in.consent().isOverride() ? null : in.consent().givenBy().name());
            r.setConsentGivenOn(in.consent().isOverride() ? null : in.consent().givenOn());
            r.setConsentPurpose(in.consent().isOverride() ? null : in.consent().purpose());
            r.setOverrideReason(in.consent().overrideReason());
        }
        r.setStatus(ReferralStatus.REQUESTED.name());
        r.setRequestedBy(user.id() > 0 ? user.id() : null);
        r.setRequestedByName(user.displayName());
        r.setRequestedAt(now);
        r.store();
        audit.created(SupportAccess.REFERRAL, r.getId(), c.regionCode());
        notifications.raise(
                Notifications.Kind.REFERRAL_NEW, to.id(), r.getId(), "/rujukan/" + r.getId(), c.regionCode());
        if (in.sharesPersonData() && in.consent().isOverride()) {
            audit.record(
                    AuditEvent.Action.UPDATE,
                    SupportAccess.REFERRAL,
                    r.getId(),
                    c.regionCode(),
                    "consent-override: " + in.consent().overrideReason());
        }
        return views.of(user, store.require(r.getId()), true);
    }

    public Referral read(SigapUser user, long id) {
        ReferralRecord r = store.require(id);
        boolean sender = views.senderSide(user, r);
        if (!sender && !(access.isReader(user) && r.getToAgencyId() == user.agencyId())) {
            access.refuse(user, r.getCaseRegionCode(), SupportAccess.REFERRAL, id);
        }
        audit.read(SupportAccess.REFERRAL, id, r.getCaseRegionCode());
        return views.of(user, r, true);
    }

    @Transactional
    public Referral accept(SigapUser user, long id, Integer version) {
        return step(user, id, version, Side.RECEIVER, ReferralStatus::accept, null);
    }

    @Transactional
    public Referral reject(SigapUser user, long id, Integer version, String reason) {
        return step(user, id, version, Side.RECEIVER, ReferralStatus::reject, reason == null ? "" : reason.strip());
    }

    @Transactional
    public Referral complete(SigapUser user, long id, Integer version) {
        return step(user, id, version, Side.EITHER, ReferralStatus::complete, null);
    }

    @Transactional
    public Referral revoke(SigapUser user, long id, Integer version) {
        return step(user, id, version, Side.SENDER, ReferralStatus::revoke, null);
    }

    private enum Side {
        RECEIVER,
        SENDER,
        EITHER
    }

    private Referral step(
            SigapUser user,
            long id,
            Integer version,
            Side side,
            UnaryOperator<ReferralStatus> transition,
            String rejectionReason) {
        ReferralRecord r = store.lock(id);
        boolean receiver = access.actsFor(user, r.getToAgencyId());
        boolean sender = access.actsFor(user, r.getFromAgencyId()) || mayWriteCase(user, r);
        boolean allowed =
                switch (side) {
                    case RECEIVER -> receiver;
                    case SENDER -> sender;
                    case EITHER -> receiver || sender;
                };
        if (!allowed) {
            access.requireActsFor(user, -1L, SupportAccess.REFERRAL, id);
        }
        if (rejectionReason != null && rejectionReason.isEmpty()) {
            throw new SigapException.Invalid("reason", "referral.rejection-reason-required");
        }
        if (rejectionReason != null && rejectionReason.length() > 1000) {
            throw new SigapException.Invalid("reason", "referral.text-too-long", 1000);
        }
        if (version != null && version != r.getVersion()) {
            throw new SigapException.Conflict("referral.version-conflict");
        }
        ReferralStatus next = transition.apply(ReferralStatus.valueOf(r.getStatus()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.transition(r, r.getVersion(), next, user.id(), now, rejectionReason);
        if ((next == ReferralStatus.REJECTED || next == ReferralStatus.REVOKED) && r.getServiceItemId() != null) {
            items.releaseProvider(r.getServiceItemId(), r.getToAgencyId(), now);
        }
        audit.updated(SupportAccess.REFERRAL, id, r.getCaseRegionCode(), "status=" + next.name());
        if (next == ReferralStatus.ACCEPTED || next == ReferralStatus.REJECTED) {
            notifications.raise(
                    next == ReferralStatus.ACCEPTED
                            ? Notifications.Kind.REFERRAL_ACCEPTED
                            : Notifications.Kind.REFERRAL_REJECTED,
                    r.getFromAgencyId(),
                    id,
                    "/rujukan/" + id,
                    r.getCaseRegionCode());
        }
        return views.of(user, store.require(id), true);
    }

    private boolean mayWriteCase(SigapUser user, ReferralRecord r) {
        return cases.summary(r.getCaseId())
                .map(c -> access.mayWriteCase(user, c))
                .orElse(false);
    }
}
