package id.sigap.plans.web;

import id.sigap.organization.Agencies;
import id.sigap.plans.FollowUp;
import id.sigap.plans.FollowUpStatus;
import id.sigap.plans.internal.FollowUps;
import id.sigap.plans.internal.PlanAccess;
import id.sigap.shared.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Follow-ups owned by the user's agency ({@code /rapat/tindak-lanjut}), open ones first by due date, and the status
 * update (htmx swaps the row; without JavaScript the page reloads).
 */
@Controller
class FollowUpPages {

    private final FollowUps followUps;
    private final Agencies agencies;
    private final PlanAccess access;
    private final Clock clock;

    FollowUpPages(FollowUps followUps, Agencies agencies, PlanAccess access, Clock clock) {
        this.followUps = followUps;
        this.agencies = agencies;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/rapat/tindak-lanjut")
    String list(
            @RequestParam(defaultValue = "false") boolean semua,
            @RequestParam(required = false) Integer hal,
            Model model) {
        var user = access.user();
        model.addAttribute("page", followUps.forOwner(user, semua, PageRequest.of(hal, 25)));
        model.addAttribute("semua", semua);
        model.addAttribute(
                "agencyName", agencies.find(user.agencyId()).map(a -> a.name()).orElse("-"));
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "plans/followups";
    }

    @PostMapping("/rapat/tindak-lanjut/{id}")
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String back,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        FollowUp f = followUps.update(access.user(), id, version, status, note);
        if (htmx != null) {
            model.addAttribute("f", f);
            model.addAttribute("statuses", FollowUpStatus.values());
            model.addAttribute("today", LocalDate.now(clock));
            return "plans/followups :: status";
        }
        return "redirect:" + ("rapat".equals(back) ? "/rapat/" + f.meetingId() : "/rapat/tindak-lanjut");
    }
}
