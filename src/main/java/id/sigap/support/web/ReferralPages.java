package id.sigap.support.web;

import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.FieldMessages;
import id.sigap.support.Outcome;
import id.sigap.support.Referral;
import id.sigap.support.ReferralStatus;
import id.sigap.support.internal.ReferralViews;
import id.sigap.support.internal.Referrals;
import id.sigap.support.internal.RegionalOverdue;
import id.sigap.support.internal.ServicePlans;
import id.sigap.support.internal.SupportAccess;
import id.sigap.support.internal.WorkInbox;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Referral pages (/rujukan, /rujukan/{id} with its steps) and the work inbox (/kotak-kerja, its nav badge). */
@Controller
class ReferralPages {

    private final Referrals referrals;
    private final ReferralViews views;
    private final ServicePlans plans;
    private final WorkInbox inbox;
    private final SupportAccess access;
    private final FieldMessages formErrors;
    private final RegionalOverdue overdue;

    ReferralPages(
            RegionalOverdue overdue,
            Referrals referrals,
            ReferralViews views,
            ServicePlans plans,
            WorkInbox inbox,
            SupportAccess access,
            FieldMessages formErrors) {
        this.overdue = overdue;
        this.referrals = referrals;
        this.views = views;
        this.plans = plans;
        this.inbox = inbox;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping("/rujukan")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String arah,
            @RequestParam(required = false) Integer hal,
            Model model) {
        ReferralStatus st = Params.status(status);
        var direction = Params.direction(arah);
        model.addAttribute("page", views.list(access.user(), st, direction, PageRequest.of(hal, 25)));
        model.addAttribute("status", st == null ? null : st.name());
        model.addAttribute("arah", direction == null ? null : direction.name());
        model.addAttribute("statuses", ReferralStatus.values());
        return "support/referrals";
    }

    @GetMapping("/rujukan/{id}")
    String detail(@PathVariable long id, Model model) {
        return render(id, Map.of(), model);
    }

    @PostMapping("/rujukan/{id}/terima")
    String accept(@PathVariable long id, @RequestParam(required = false) Integer version) {
        referrals.accept(access.user(), id, version);
        return "redirect:/rujukan/" + id;
    }

    @PostMapping("/rujukan/{id}/tolak")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response) {
        try {
            referrals.reject(access.user(), id, version, reason);
            return "redirect:/rujukan/" + id;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return render(id, formErrors.of(e), model);
        }
    }

    @PostMapping("/rujukan/{id}/selesai")
    String complete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        referrals.complete(access.user(), id, version);
        return "redirect:/rujukan/" + id;
    }

    @PostMapping("/rujukan/{id}/cabut")
    String revoke(@PathVariable long id, @RequestParam(required = false) Integer version) {
        referrals.revoke(access.user(), id, version);
        return "redirect:/rujukan/" + id;
    }

    @GetMapping("/kotak-kerja")
    String inbox(Model model) {
        model.addAttribute("inbox", inbox.contents(access.user()));
        return "support/inbox";
    }

    /** Services past their deadline in cases of the user's reading scope, for supervisors. */
    @GetMapping("/layanan/terlambat")
    String overdue(@RequestParam(required = false) Integer hal, Model model) {
        model.addAttribute("page", overdue.list(access.user(), PageRequest.of(hal, 25)));
        return "support/overdue";
    }

    /** The navigation badge (loaded by htmx): referrals waiting plus overdue items. */
    @GetMapping("/kotak-kerja/jumlah")
    String badge(Model model) {
        model.addAttribute("counts", inbox.counts(access.user()));
        return "support/inbox :: badge";
    }

    private String render(long id, Map<String, String> errors, Model model) {
        SigapUser user = access.user();
        Referral r = referrals.read(user, id);
        boolean receiver = access.actsFor(user, r.toAgencyId());
        boolean sender = access.actsFor(user, r.fromAgencyId()) || plans.mayPlan(user, r.caseId());
        model.addAttribute("r", r);
        model.addAttribute("errors", errors);
        model.addAttribute("mayDecide", receiver && r.status() == ReferralStatus.REQUESTED);
        model.addAttribute("mayComplete", (receiver || sender) && r.status() == ReferralStatus.ACCEPTED);
        model.addAttribute("mayRevoke", sender && r.status().isOpen());
        boolean recordsItem =
                r.serviceItemId() != null && r.status() == ReferralStatus.ACCEPTED && (receiver || sender);
        model.addAttribute("item", recordsItem ? plans.item(user, r.serviceItemId()) : null);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("mayOpenCase", r.personId() != null);
        return "support/referral";
    }
}
