package id.sigap.support.web;

import id.sigap.shared.web.ApiController;
import id.sigap.support.Consent;
import id.sigap.support.ItemInput;
import id.sigap.support.NewReferral;
import id.sigap.support.Referral;
import id.sigap.support.ServiceItem;
import id.sigap.support.ServicePlan;
import id.sigap.support.internal.ReferralViews;
import id.sigap.support.internal.Referrals;
import id.sigap.support.internal.ServicePlans;
import id.sigap.support.internal.SupportAccess;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** A case's service plan and its referrals, as JSON (contract: {@code GET /api/v1/cases/{id}/services}). */
@ApiController
@RequestMapping("/api/v1/cases/{id}")
class ServiceApi {

    private final ServicePlans plans;
    private final Referrals referrals;
    private final ReferralViews views;
    private final SupportAccess access;

    ServiceApi(ServicePlans plans, Referrals referrals, ReferralViews views, SupportAccess access) {
        this.plans = plans;
        this.referrals = referrals;
        this.views = views;
        this.access = access;
    }

    @GetMapping("/services")
    ServicePlan plan(@PathVariable long id) {
        return plans.plan(access.user(), id);
    }

    @PostMapping("/services")
    ResponseEntity<ServiceItem> add(@PathVariable long id, @RequestBody ItemRequest body) {
        ServiceItem item = plans.add(access.user(), id, body.input());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/services/" + item.id()))
                .body(item);
    }

    @PutMapping("/services/{itemId}")
    ServiceItem update(@PathVariable long id, @PathVariable long itemId, @RequestBody ItemRequest body) {
        return plans.update(access.user(), id, itemId, body.input());
    }

    @GetMapping("/referrals")
    List<Referral> referrals(@PathVariable long id) {
        var user = access.user();
        return views.ofCase(user, access.requireView(user, id));
    }

    @PostMapping("/referrals")
    ResponseEntity<Referral> refer(@PathVariable long id, @RequestBody ReferralRequest body) {
        Referral r = referrals.create(access.user(), id, body.input());
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + r.id())).body(r);
    }

    record ItemRequest(
            Long personId,
            String service,
            Boolean firstAid,
            Long providerAgencyId,
            LocalDate requestedOn,
            LocalDate startedOn,
            LocalDate completedOn,
            String outcome,
            String closingReason,
            String notes,
            Integer version) {

        ItemInput input() {
            return new ItemInput(
                    personId,
                    service,
                    Boolean.TRUE.equals(firstAid),
                    providerAgencyId,
                    requestedOn,
                    startedOn,
                    completedOn,
                    Params.outcome(outcome),
                    closingReason,
                    notes,
                    version);
        }
    }

    /** Consent fields apply when {@code sharesPersonData}; {@code overrideReason} only for a child in danger. */
    record ReferralRequest(
            Long personId,
            String service,
            Long toAgencyId,
            String reason,
            Boolean sharesPersonData,
            String consentGivenBy,
            LocalDate consentGivenOn,
            String consentPurpose,
            String overrideReason) {

        NewReferral input() {
            return new NewReferral(
                    personId,
                    service,
                    toAgencyId,
                    reason,
                    Boolean.TRUE.equals(sharesPersonData),
                    new Consent(Params.giver(consentGivenBy), consentGivenOn, consentPurpose, overrideReason));
        }
    }
}
