package id.sigap.support.web;

import id.sigap.shared.SigapException;
import id.sigap.shared.web.FieldMessages;
import id.sigap.support.LegProgress;
import id.sigap.support.LegStatus;
import id.sigap.support.Livelihood;
import id.sigap.support.LivingSituation;
import id.sigap.support.RetraffickingRisk;
import id.sigap.support.VisitInput;
import id.sigap.support.internal.Repatriations;
import id.sigap.support.internal.SupportAccess;
import id.sigap.support.internal.Visits;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms of the services page after the services themselves: repatriation legs (/kasus/{id}/pemulangan) and
 * reintegration visits (/kasus/{id}/kunjungan). A rejected form re-renders the page with its field messages.
 */
@Controller
class RepatriationVisitPages {

    private final Repatriations repatriations;
    private final Visits visits;
    private final SupportAccess access;
    private final FieldMessages formErrors;
    private final PlanPage page;

    RepatriationVisitPages(
            Repatriations repatriations, Visits visits, SupportAccess access, FieldMessages formErrors, PlanPage page) {
        this.repatriations = repatriations;
        this.visits = visits;
        this.access = access;
        this.formErrors = formErrors;
        this.page = page;
    }

    @PostMapping("/kasus/{id}/pemulangan")
    String addLeg(
            @PathVariable long id,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String fromPlace,
            @RequestParam(required = false) String toPlace,
            @RequestParam(required = false) String toRegionCode,
            @RequestParam(required = false) Long responsibleAgencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
            @RequestParam(required = false) String escortName,
            Model model,
            HttpServletResponse response) {
        try {
            repatriations.add(
                    access.user(),
                    id,
                    new Repatriations.NewLeg(
                            personId, fromPlace, toPlace, toRegionCode, responsibleAgencyId, plannedOn, escortName));
            return "redirect:/kasus/" + id + "/layanan#legs-" + personId;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return rerender(id, e, "leg-new-" + personId, model);
        }
    }

    @PostMapping("/kasus/{id}/pemulangan/{legId}")
    String changeLeg(
            @PathVariable long id,
            @PathVariable long legId,
            @RequestParam int version,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String fromPlace,
            @RequestParam(required = false) String toPlace,
            @RequestParam(required = false) String toRegionCode,
            @RequestParam(required = false) Long responsibleAgencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate departedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivedOn,
            @RequestParam(required = false) String escortName,
            Model model,
            HttpServletResponse response) {
        try {
            Repatriations.NewLeg details = fromPlace == null
                    ? null
                    : new Repatriations.NewLeg(
                            personId, fromPlace, toPlace, toRegionCode, responsibleAgencyId, plannedOn, escortName);
            repatriations.change(
                    access.user(),
                    id,
                    legId,
                    version,
                    details,
                    new LegProgress(
                            Params.parse(LegStatus.class, status, "status", "repatriation.status-unknown"),
                            departedOn,
                            arrivedOn,
                            escortName));
            return "redirect:/kasus/" + id + "/layanan#leg-" + legId;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return rerender(id, e, "leg-" + legId, model);
        }
    }

    @PostMapping("/kasus/{id}/kunjungan")
    String schedule(
            @PathVariable long id,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate returnedOn,
            Model model,
            HttpServletResponse response) {
        try {
            visits.schedule(access.user(), id, personId, returnedOn);
            return "redirect:/kasus/" + id + "/layanan#visits-" + personId;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return rerender(id, e, "visits-new-" + personId, model);
        }
    }

    @PostMapping("/kasus/{id}/kunjungan/{visitId}")
    String record(
            @PathVariable long id,
            @PathVariable long visitId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
            @RequestParam(required = false) String livingSituation,
            @RequestParam(required = false) String livelihood,
            @RequestParam(required = false) String risk,
            @RequestParam(required = false) String notes,
            Model model,
            HttpServletResponse response) {
        try {
            visits.record(
                    access.user(),
                    id,
                    visitId,
                    new VisitInput(
                            visitedOn,
                            Params.parse(
                                    LivingSituation.class, livingSituation, "livingSituation", "visit.code-unknown"),
                            Params.parse(Livelihood.class, livelihood, "livelihood", "visit.code-unknown"),
                            Params.parse(RetraffickingRisk.class, risk, "risk", "visit.code-unknown"),
                            notes,
                            version));
            return "redirect:/kasus/" + id + "/layanan#visit-" + visitId;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return rerender(id, e, "visit-" + visitId, model);
        }
    }

    /**
     * The services page again with the form's messages; for the staff of a responsible agency who may record a leg
     * or a visit but not see the plan, only the messages.
     */
    private String rerender(long id, SigapException.Invalid e, String form, Model model) {
        try {
            return page.render(id, PlanPage.Search.NONE, formErrors.of(e), form, model);
        } catch (SigapException.NotAllowed | SigapException.NotFound notShown) {
            model.addAttribute("errors", formErrors.of(e));
            model.addAttribute("caseId", id);
            return "support/problems";
        }
    }
}
