package id.sigap.support.web;

import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.FieldMessages;
import id.sigap.support.Consent;
import id.sigap.support.ItemInput;
import id.sigap.support.NewReferral;
import id.sigap.support.internal.Referrals;
import id.sigap.support.internal.ServicePlans;
import id.sigap.support.internal.SupportAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The services page of a case (/kasus/{id}/layanan): the plan per victim and witness, its referrals, and the forms. */
@Controller
class ServicePages {

    private final ServicePlans plans;
    private final Referrals referrals;
    private final SupportAccess access;
    private final FieldMessages formErrors;
    private final PlanPage page;

    ServicePages(
            ServicePlans plans, Referrals referrals, SupportAccess access, FieldMessages formErrors, PlanPage page) {
        this.plans = plans;
        this.referrals = referrals;
        this.access = access;
        this.formErrors = formErrors;
        this.page = page;
    }

    @GetMapping("/kasus/{id}/layanan")
    String plan(
            @PathVariable long id,
            @RequestParam(required = false) String layanan,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String cari,
            Model model) {
        return page.render(id, new PlanPage.Search(Params.service(layanan), wilayah, cari), Map.of(), null, model);
    }

    @PostMapping("/kasus/{id}/layanan")
    String add(
            @PathVariable long id,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String service,
            @RequestParam(defaultValue = "false") boolean firstAid,
            @RequestParam(required = false) Long providerAgencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn,
            @RequestParam(required = false) String notes,
            Model model,
            HttpServletResponse response) {
        try {
            plans.add(
                    access.user(),
                    id,
                    new ItemInput(
                            personId,
                            service,
                            firstAid,
                            providerAgencyId,
                            requestedOn,
                            null,
                            null,
                            null,
                            null,
                            notes,
                            null));
            return "redirect:/kasus/" + id + "/layanan";
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return page.render(id, PlanPage.Search.NONE, formErrors.of(e), "item", model);
        }
    }

    @PostMapping("/kasus/{id}/layanan/{itemId}")
    String update(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam int version,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String service,
            @RequestParam(defaultValue = "false") boolean firstAid,
            @RequestParam(required = false) Long providerAgencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String closingReason,
            @RequestParam(required = false) String notes,
            @RequestParam(required = false) String back,
            Model model,
            HttpServletResponse response) {
        SigapUser user = access.user();
        try {
            plans.update(
                    user,
                    id,
                    itemId,
                    new ItemInput(
                            personId,
                            service,
                            firstAid,
                            providerAgencyId,
                            requestedOn,
                            startedOn,
                            completedOn,
                            Params.outcome(outcome),
                            closingReason,
                            notes,
                            version));
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            if (back != null && back.startsWith("/rujukan/")) {
                throw e;
            }
            return page.render(id, PlanPage.Search.NONE, formErrors.of(e), "edit-" + itemId, model);
        }
        return back != null && back.matches("/rujukan/\\d+")
                ? "redirect:" + back
                : "redirect:/kasus/" + id + "/layanan";
    }

    @PostMapping("/kasus/{id}/rujukan")
    String refer(
            @PathVariable long id,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String service,
            @RequestParam(required = false) Long toAgencyId,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean sharesPersonData,
            @RequestParam(required = false) String consentGivenBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentGivenOn,
            @RequestParam(required = false) String consentPurpose,
            @RequestParam(required = false) String overrideReason,
            Model model,
            HttpServletResponse response) {
        try {
            var r = referrals.create(
                    access.user(),
                    id,
                    new NewReferral(
                            personId,
                            service,
                            toAgencyId,
                            reason,
                            sharesPersonData,
                            new Consent(Params.giver(consentGivenBy), consentGivenOn, consentPurpose, overrideReason)));
            return "redirect:/rujukan/" + r.id();
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return page.render(
                    id, new PlanPage.Search(Params.service(service), null, null), formErrors.of(e), "referral", model);
        }
    }
}
