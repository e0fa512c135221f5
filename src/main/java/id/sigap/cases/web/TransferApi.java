package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.CaseTransfers;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** Transfer of a case to another agency, as JSON. */
@ApiController
@RequestMapping("/api/v1/cases/{id}/transfer")
class TransferApi {

    private final CaseTransfers transfers;
    private final CaseAccess access;

    TransferApi(CaseTransfers transfers, CaseAccess access) {
        this.transfers = transfers;
        this.access = access;
    }

    @GetMapping
    CaseTransfers.Transfer pending(@PathVariable long id) {
        return transfers
                .pending(access.user(), id)
                .orElseThrow(() -> new SigapException.NotFound("transfer.not-pending"));
    }

    @PostMapping
    ResponseEntity<CaseTransfers.Transfer> request(@PathVariable long id, @RequestBody TransferRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(transfers.request(access.user(), id, body.toAgencyId(), body.reason()));
    }

    @PostMapping("/accept")
    CaseTransfers.Transfer accept(@PathVariable long id) {
        return transfers.accept(access.user(), id);
    }

    @PostMapping("/decline")
    CaseTransfers.Transfer decline(@PathVariable long id, @RequestBody DeclineRequest body) {
        return transfers.decline(access.user(), id, body.reason());
    }

    record TransferRequest(Long toAgencyId, String reason) {}

    record DeclineRequest(String reason) {}
}
