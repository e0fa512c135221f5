package id.sigap.support.web;

import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyQuery;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.support.Consent;
import id.sigap.support.ConsentGiver;
import id.sigap.support.ItemInput;
import id.sigap.support.NewReferral;
import id.sigap.support.Outcome;
import id.sigap.support.ServiceType;
import id.sigap.support.internal.ReferralViews;
import id.sigap.support.internal.Referrals;
import id.sigap.support.internal.Repatriations;
import id.sigap.support.internal.ServiceDirectory;
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
    private final ReferralViews views;
    private final ServiceDirectory directory;
    private final Agencies agencies;
    private final SupportAccess access;
    private final SupportFormErrors formErrors;
    private final Repatriations repatriations;

    ServicePages(
            Repatriations repatriations,
            ServicePlans plans,
            Referrals referrals,
            ReferralViews views,
            ServiceDirectory directory,
            Agencies agencies,
            SupportAccess access,
            SupportFormErrors formErrors) {
        this.repatriations = repatriations;
        this.plans = plans;
        this.referrals = referrals;
        this.views = views;
        this.directory = directory;
        this.agencies = agencies;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping("/kasus/{id}/layanan")
    String plan(
            @PathVariable long id,
            @RequestParam(required = false) String layanan,
            @RequestParam(required = false) String wilayah,
            Model model) {
        model.addAttribute("wilayah", Params.blank(wilayah));
        return render(id, Params.service(layanan), Map.of(), null, model);
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
            return render(id, null, formErrors.of(e), "item", model);
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
            return render(id, null, formErrors.of(e), "edit-" + itemId, model);
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
            return render(id, Params.service(service), formErrors.of(e), "referral", model);
        }
    }

    private String render(long id, ServiceType wanted, Map<String, String> errors, String failedForm, Model model) {
        SigapUser user = access.user();
        var plan = plans.plan(user, id);
        model.addAttribute("plan", plan);
        var view = access.requireView(user, id);
        model.addAttribute("wholeCase", view.whole());
        model.addAttribute("referrals", views.ofCase(user, view));
        model.addAttribute("legs", repatriations.of(user, id));
        model.addAttribute("canPlan", plans.mayPlan(user, id));
        model.addAttribute("userAgencyId", user.agencyId());
        model.addAttribute("mayRecord", access.isReader(user));
        model.addAttribute("services", ServiceType.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("givers", ConsentGiver.values());
        model.addAttribute("today", plans.today());
        model.addAttribute("errors", errors);
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("wanted", wanted);
        model.addAttribute(
                "agencies",
                agencies
                        .search(AgencyQuery.all(), RegionScope.NATIONAL, new PageRequest(0, PageRequest.MAX_SIZE))
                        .content()
                        .stream()
                        .filter(a -> a.active())
                        .toList());
        model.addAttribute(
                "directory",
                directory
                        .search(wanted, (String) model.getAttribute("wilayah"), new PageRequest(0, 50))
                        .content());
        return "support/plan";
    }
}
