package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.TransferInbox;
import id.sigap.organization.Agency;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Incoming transfers of the caller's agency, and the agencies a case may be transferred to, as JSON. */
@ApiController
class TransferInboxApi {

    private final TransferInbox inbox;
    private final CaseAccess access;

    TransferInboxApi(TransferInbox inbox, CaseAccess access) {
        this.inbox = inbox;
        this.access = access;
    }

    @GetMapping("/api/v1/transfers/incoming")
    Page<TransferInbox.Incoming> incoming(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inbox.incoming(access.user(), PageRequest.of(page, size));
    }

    /** Active agencies in {@code region} (and below) matching {@code q} by name; the owner of the case only. */
    @GetMapping("/api/v1/cases/{id}/transfer/agency-choices")
    List<AgencyChoice> choices(
            @PathVariable long id,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String q) {
        return inbox.choices(access.user(), id, region, q).stream()
                .map(AgencyChoice::of)
                .toList();
    }

    record AgencyChoice(long id, String name, String shortName, String regionCode) {
        static AgencyChoice of(Agency a) {
            return new AgencyChoice(a.id(), a.name(), a.shortName(), a.regionCode());
        }
    }
}
