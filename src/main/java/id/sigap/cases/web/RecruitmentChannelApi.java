package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.RecruitmentChannels;
import id.sigap.shared.web.ApiController;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code PUT /api/v1/cases/{id}/persons/{personId}/recruitment-channel} {@code {"recruitmentChannel": "FAMILY"}}: sets
 * (null or blank: clears) a victim's recruitment channel, a code of the CHANNEL list; 422 for an unknown code or a
 * person who is not a victim of the case, 403 outside the caller's writing scope.
 */
@ApiController
class RecruitmentChannelApi {

    private final RecruitmentChannels channels;
    private final CaseAccess access;

    RecruitmentChannelApi(RecruitmentChannels channels, CaseAccess access) {
        this.channels = channels;
        this.access = access;
    }

    record ChannelRequest(String recruitmentChannel) {}

    @PutMapping("/api/v1/cases/{id}/persons/{personId}/recruitment-channel")
    Map<String, String> set(@PathVariable long id, @PathVariable long personId, @RequestBody ChannelRequest body) {
        channels.set(access.user(), id, personId, body.recruitmentChannel());
        Map<String, String> out = new HashMap<>();
        out.put("recruitmentChannel", channels.of(id).get(personId));
        return out;
    }
}
