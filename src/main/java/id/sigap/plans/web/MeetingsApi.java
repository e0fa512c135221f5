package id.sigap.plans.web;

import id.sigap.plans.FollowUp;
import id.sigap.plans.Meeting;
import id.sigap.plans.internal.FollowUps;
import id.sigap.plans.internal.Meetings;
import id.sigap.plans.internal.PlanAccess;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Coordination meetings as JSON (contract: {@code GET /api/v1/meetings?region=…&year=…}, filtered to what the
 * caller may read; {@code GET /api/v1/meetings/{id}} with follow-ups, 403 outside the caller's scope).
 */
@ApiController
class MeetingsApi {

    record MeetingDetail(Meeting meeting, List<FollowUp> followUps) {}

    private final Meetings meetings;
    private final FollowUps followUps;
    private final PlanAccess access;

    MeetingsApi(Meetings meetings, FollowUps followUps, PlanAccess access) {
        this.meetings = meetings;
        this.followUps = followUps;
        this.access = access;
    }

    @GetMapping("/api/v1/meetings")
    Page<Meeting> list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return meetings.search(access.user(), region, year, false, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/meetings/{id}")
    MeetingDetail get(@PathVariable long id) {
        Meeting m = meetings.requireReadable(access.user(), id);
        return new MeetingDetail(m, followUps.ofMeeting(id));
    }
}
