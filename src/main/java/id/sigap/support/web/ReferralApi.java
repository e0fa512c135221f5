package id.sigap.support.web;

import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import id.sigap.support.InboxCounts;
import id.sigap.support.Referral;
import id.sigap.support.ServiceItem;
import id.sigap.support.internal.ReferralViews;
import id.sigap.support.internal.Referrals;
import id.sigap.support.internal.RegionalOverdue;
import id.sigap.support.internal.SupportAccess;
import id.sigap.support.internal.WorkInbox;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Referrals as JSON (contract: {@code GET /api/v1/referrals?status=…}, scoped to the caller) and the work inbox.
 * Steps: accept, reject (reason required), complete, revoke; a step that does not fit the status is a 409.
 */
@ApiController
class ReferralApi {

    private final Referrals referrals;
    private final ReferralViews views;
    private final WorkInbox inbox;
    private final SupportAccess access;
    private final RegionalOverdue overdue;

    ReferralApi(
            Referrals referrals, ReferralViews views, WorkInbox inbox, SupportAccess access, RegionalOverdue overdue) {
        this.overdue = overdue;
        this.referrals = referrals;
        this.views = views;
        this.inbox = inbox;
        this.access = access;
    }

    @GetMapping("/api/v1/referrals")
    Page<Referral> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return views.list(
                access.user(), Params.status(status), Params.direction(direction), PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/referrals/{id}")
    Referral get(@PathVariable long id) {
        return referrals.read(access.user(), id);
    }

    @PostMapping("/api/v1/referrals/{id}/accept")
    Referral accept(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return referrals.accept(access.user(), id, version(body));
    }

    @PostMapping("/api/v1/referrals/{id}/reject")
    Referral reject(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return referrals.reject(access.user(), id, version(body), body == null ? null : body.reason());
    }

    @PostMapping("/api/v1/referrals/{id}/complete")
    Referral complete(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return referrals.complete(access.user(), id, version(body));
    }

    @PostMapping("/api/v1/referrals/{id}/revoke")
    Referral revoke(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        return referrals.revoke(access.user(), id, version(body));
    }

    @GetMapping("/api/v1/inbox")
    WorkInbox.Contents inbox() {
        return inbox.contents(access.user());
    }

    @GetMapping("/api/v1/inbox/counts")
    InboxCounts counts() {
        return inbox.counts(access.user());
    }

    /** Services past their deadline in cases of the caller's reading scope (for supervisors). */
    @GetMapping("/api/v1/services/overdue")
    Page<ServiceItem> overdue(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return overdue.list(access.user(), PageRequest.of(page, size));
    }

    private static Integer version(StepRequest body) {
        return body == null ? null : body.version();
    }

    /** {@code version} as last read (optional; a stale one is a 409); {@code reason} for a rejection. */
    record StepRequest(Integer version, String reason) {}
}
