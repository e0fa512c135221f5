package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.RecruitmentChannels;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Setting a victim's recruitment channel from the case page; an unknown code gets the error page (422). */
@Controller
class RecruitmentChannelPages {

    private final RecruitmentChannels channels;
    private final CaseAccess access;

    RecruitmentChannelPages(RecruitmentChannels channels, CaseAccess access) {
        this.channels = channels;
        this.access = access;
    }

    @PostMapping("/kasus/{id}/orang/{personId}/saluran")
    String set(@PathVariable long id, @PathVariable long personId, @RequestParam(required = false) String channel) {
        channels.set(access.user(), id, personId, channel);
        return "redirect:/kasus/" + id;
    }
}
