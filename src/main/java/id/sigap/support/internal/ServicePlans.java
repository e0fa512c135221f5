package id.sigap.support.internal;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.CasePersonRef;
import id.sigap.cases.CaseFiles.CaseSummary;
import id.sigap.cases.PersonRole;
import id.sigap.organization.Agencies;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.Jakarta;
import id.sigap.shared.SigapException;
import id.sigap.support.ItemInput;
import id.sigap.support.ServiceItem;
import id.sigap.support.ServicePlan;
import id.sigap.support.ServicePlan.PersonPlan;
import id.sigap.support.ServiceType;
import id.sigap.support.internal.db.tables.records.ServiceItemRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service plans as staff see and change them. Read: whoever may read the case (each person shown is audited), or
 * only the referred persons for an agency holding an accepted referral that shares their data. Add or
 * change an item: the case's writers. The provider agency's staff record progress on their own items (started,
 * completed, outcome, closing reason, notes) even without access to the case.
 */
@Service
public class ServicePlans {

    private final ServiceItemStore store;
    private final CaseFiles cases;
    private final Agencies agencies;
    private final SupportAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    ServicePlans(
            ServiceItemStore store,
            CaseFiles cases,
            Agencies agencies,
            SupportAccess access,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.cases = cases;
        this.agencies = agencies;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return Jakarta.today(clock);
    }

    public ServicePlan plan(SigapUser user, long caseId) {
        SupportAccess.CaseView view = access.requireView(user, caseId);
        CaseSummary c = view.summary();
        audit.read(SupportAccess.PLAN, caseId, c.regionCode());
        LocalDate today = today();
        Map<Long, List<ServiceItem>> byPerson = new LinkedHashMap<>();
        for (ServiceItemRecord r : store.ofCase(caseId)) {
            if (!view.shows(r.getPersonId())) {
                continue;
            }
            byPerson.computeIfAbsent(r.getPersonId(), k -> new ArrayList<>()).add(store.toItem(r, today));
        }
        List<PersonPlan> persons = new ArrayList<>();
        for (CasePersonRef p : plannable(caseId)) {
            if (!view.shows(p.personId())) {
                continue;
            }
            audit.read("person", p.personId(), p.regionCode());
            persons.add(new PersonPlan(
                    p.personId(),
                    p.role(),
                    p.child(),
                    p.displayName(),
                    byPerson.getOrDefault(p.personId(), List.of())));
            byPerson.remove(p.personId());
        }
        byPerson.forEach((personId, items) -> persons.add(new PersonPlan(personId, null, false, null, items)));
        return new ServicePlan(caseId, c.caseNumber(), c.regionCode(), persons);
    }

    /** Whether the user may add items and referrals to the case's plan. */
    public boolean mayPlan(SigapUser user, long caseId) {
        return cases.summary(caseId).map(c -> access.mayWriteCase(user, c)).orElse(false);
    }

    @Transactional
    public ServiceItem add(SigapUser user, long caseId, ItemInput in) {
        CaseSummary c = cases.summary(caseId).orElseThrow(() -> new SigapException.NotFound("case.not-found"));
        access.requireCaseWrite(user, c);
        ServiceType service = ServiceType.parse(in.service(), "service");
        checkFull(caseId, in);
        long id = store.insert(c, in.personId(), service, in, user, OffsetDateTime.now(clock));
        audit.created(SupportAccess.ITEM, id, c.regionCode());
        return store.toItem(store.require(id), today());
    }

    /**
     * Changes an item: everything for the case's writers; only progress for the provider agency's staff (the other
     * fields keep their stored values). 409 when {@code in.version()} is stale.
     */
    @Transactional
    public ServiceItem update(SigapUser user, long caseId, long itemId, ItemInput in) {
        ServiceItemRecord r = store.require(itemId);
        if (r.getCaseId() != caseId) {
            throw new SigapException.NotFound("service.not-found");
        }
        if (in.version() == null) {
            throw new SigapException.Invalid("version", "service.version-required");
        }
        CaseSummary c = cases.summary(caseId).orElseThrow(() -> new SigapException.NotFound("case.not-found"));
        ItemInput effective;
        ServiceType service;
        if (access.mayWriteCase(user, c)) {
            service = ServiceType.parse(in.service(), "service");
            effective = in;
            checkFull(caseId, in);
        } else {
            access.requireActsFor(user, r.getProviderAgencyId(), SupportAccess.ITEM, itemId);
            service = ServiceType.valueOf(r.getService());
            effective = new ItemInput(
                    r.getPersonId(),
                    r.getService(),
                    r.getFirstAid(),
                    r.getProviderAgencyId(),
                    r.getRequestedOn(),
                    in.startedOn(),
                    in.completedOn(),
                    in.outcome(),
                    in.closingReason(),
                    in.notes(),
                    in.version());
            ItemRules.check(effective, today());
        }
        store.update(r, service, effective, in.version(), user, OffsetDateTime.now(clock));
        audit.updated(SupportAccess.ITEM, itemId, r.getRegionCode(), "item");
        return store.toItem(store.require(itemId), today());
    }

    /** An item as its provider's staff or the case's readers see it (no person data). */
    public ServiceItem item(SigapUser user, long itemId) {
        ServiceItemRecord r = store.require(itemId);
        if (!access.actsFor(user, r.getProviderAgencyId())
                && !access.requireView(user, r.getCaseId()).shows(r.getPersonId())) {
            access.refuse(user, r.getRegionCode(), SupportAccess.ITEM, itemId);
        }
        return store.toItem(r, today());
    }

    List<CasePersonRef> plannable(long caseId) {
        return cases.persons(caseId, PersonRole.VICTIM, PersonRole.WITNESS);
    }

    private void checkFull(long caseId, ItemInput in) {
        if (in.personId() == null || plannable(caseId).stream().noneMatch(p -> p.personId() == in.personId())) {
            throw new SigapException.Invalid("personId", "service.person-not-in-case");
        }
        if (in.providerAgencyId() != null
                && agencies.find(in.providerAgencyId()).isEmpty()) {
            throw new SigapException.Invalid("providerAgencyId", "service.provider-unknown");
        }
        ItemRules.check(in, today());
    }
}
