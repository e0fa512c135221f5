package id.sigap.prevention.web;

import id.sigap.prevention.internal.InterceptionInput.RecruiterInput;
import id.sigap.prevention.internal.Interceptions;
import id.sigap.prevention.internal.PreventionAccess;
import id.sigap.prevention.internal.VictimIdentification;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.FieldMessages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The persons and recruiters of an interception: register a person (with consent), send home, identify as a victim
 * (opens a case and shows it), remove; add and remove recruiters or sponsors.
 */
@Controller
class InterceptionPersonPages {

    private static final String BACK = "redirect:/pencegahan/intersepsi/";

    private final Interceptions interceptions;
    private final VictimIdentification victims;
    private final PreventionAccess access;
    private final FieldMessages formErrors;
    private final InterceptionDetail detail;

    InterceptionPersonPages(
            Interceptions interceptions,
            VictimIdentification victims,
            PreventionAccess access,
            FieldMessages formErrors,
            InterceptionDetail detail) {
        this.interceptions = interceptions;
        this.victims = victims;
        this.access = access;
        this.formErrors = formErrors;
        this.detail = detail;
    }

    @PostMapping("/pencegahan/intersepsi/{id}/orang")
    String addPerson(
            @PathVariable long id, @ModelAttribute PersonForm form, Model model, HttpServletResponse response) {
        try {
            interceptions.addPerson(access.user(), id, form.input());
            return BACK + id + "#orang";
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return detail.render(id, null, form, formErrors.of(e), model);
        }
    }

    @PostMapping("/pencegahan/intersepsi/{id}/orang/{personId}/pulang")
    String sendHome(
            @PathVariable long id, @PathVariable long personId, @RequestParam(required = false) Integer version) {
        interceptions.sendHome(access.user(), id, personId, version);
        return BACK + id + "#orang";
    }

    /** Opens a case for the person (victim) with the recruiters as suspects, and shows the new case. */
    @PostMapping("/pencegahan/intersepsi/{id}/orang/{personId}/korban")
    String identify(
            @PathVariable long id, @PathVariable long personId, @RequestParam(required = false) Integer version) {
        var opened = victims.identify(access.user(), id, personId, version);
        return "redirect:/kasus/" + opened.id();
    }

    @PostMapping("/pencegahan/intersepsi/{id}/orang/{personId}/hapus")
    String removePerson(
            @PathVariable long id, @PathVariable long personId, @RequestParam(required = false) Integer version) {
        interceptions.removePerson(access.user(), id, personId, version);
        return BACK + id + "#orang";
    }

    @PostMapping("/pencegahan/intersepsi/{id}/perekrut")
    String addRecruiter(
            @PathVariable long id,
            @RequestParam(required = false) String recruiterName,
            @RequestParam(required = false) String recruiterRole,
            @RequestParam(required = false) String recruiterCompany,
            @RequestParam(required = false) String recruiterPhone,
            Model model,
            HttpServletResponse response) {
        try {
            interceptions.addRecruiter(
                    access.user(),
                    id,
                    new RecruiterInput(
                            Params.blank(recruiterName),
                            Params.blank(recruiterRole),
                            Params.blank(recruiterCompany),
                            Params.blank(recruiterPhone)));
            return BACK + id + "#perekrut";
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return detail.render(id, null, null, formErrors.of(e), model);
        }
    }

    @PostMapping("/pencegahan/intersepsi/{id}/perekrut/{recruiterId}/hapus")
    String removeRecruiter(@PathVariable long id, @PathVariable long recruiterId) {
        interceptions.removeRecruiter(access.user(), id, recruiterId);
        return BACK + id + "#perekrut";
    }
}
