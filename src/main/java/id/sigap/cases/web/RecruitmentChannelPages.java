package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.RecruitmentChannels;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Setting a victim's recruitment channel from the case page; a refused code gets the error page (422) naming what is
 * wrong with it, and nothing is saved.
 */
@Controller
class RecruitmentChannelPages {

    private final RecruitmentChannels channels;
    private final CaseAccess access;

    RecruitmentChannelPages(RecruitmentChannels channels, CaseAccess access) {
        this.channels = channels;
        this.access = access;
    }

    @PostMapping("/kasus/{id}/orang/{personId}/saluran")
    ModelAndView set(
            @PathVariable long id,
            @PathVariable long personId,
            @RequestParam(required = false) String channel,
            HttpServletResponse response) {
        try {
            channels.set(access.user(), id, personId, channel);
            return new ModelAndView("redirect:/kasus/" + id);
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            ModelAndView page = new ModelAndView("error");
            page.addObject("status", e.status());
            page.addObject("messageKey", "error." + e.problems().getFirst().code());
            page.addObject("messageArgs", new Object[0]);
            return page;
        }
    }
}
