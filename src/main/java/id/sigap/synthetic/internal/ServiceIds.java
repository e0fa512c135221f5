package id.sigap.synthetic.internal;

import id.sigap.support.GeneratedServices;
import id.sigap.support.GeneratedServices.Item;
import id.sigap.support.GeneratedServices.Leg;
import id.sigap.support.GeneratedServices.Referral;
import id.sigap.support.GeneratedServices.Visit;
import java.util.List;

/** Puts the ids of a loaded case and its persons into its planned services (where persons are indexes). */
final class ServiceIds {

    private ServiceIds() {}

    /** The draft with the ids of its case and persons ({@code personIds} in the order of the case's persons). */
    static GeneratedServices bind(GeneratedServices s, long caseId, String caseNumber, List<Long> personIds) {
        return new GeneratedServices(
                caseId,
                caseNumber,
                s.regionCode(),
                s.caseClosed(),
                s.items().stream()
                        .map(i -> new Item(
                                personIds.get((int) i.personId()),
                                i.service(),
                                i.firstAid(),
                                i.providerAgencyId(),
                                i.requestedOn(),
                                i.startedOn(),
                                i.completedOn(),
                                i.outcome(),
                                i.closingReason(),
                                i.notes()))
                        .toList(),
                s.referrals().stream()
                        .map(r -> new Referral(
                                personIds.get((int) r.personId()),
                                r.personChild(),
                                r.item(),
                                r.service(),
                                r.fromAgencyId(),
                                r.toAgencyId(),
                                r.toRegionCode(),
                                r.reason(),
                                r.consentBy(),
                                r.consentOn(),
                                r.consentPurpose(),
                                r.status(),
                                r.rejectionReason(),
                                r.requestedAt(),
                                r.decidedAt(),
                                r.closedAt()))
                        .toList(),
                s.legs().stream()
                        .map(l -> new Leg(
                                personIds.get((int) l.personId()),
                                l.child(),
                                l.seq(),
                                l.fromPlace(),
                                l.toPlace(),
                                l.toRegionCode(),
                                l.responsibleAgencyId(),
                                l.plannedOn(),
                                l.departedOn(),
                                l.arrivedOn(),
                                l.status(),
                                l.escortName()))
                        .toList(),
                s.visits().stream()
                        .map(v -> new Visit(
                                personIds.get((int) v.personId()),
                                v.agencyId(),
                                v.monthsAfterReturn(),
                                v.returnedOn(),
                                v.visitedOn(),
                                v.living(),
                                v.livelihood(),
                                v.risk(),
                                v.notes()))
                        .toList());
    }
}
