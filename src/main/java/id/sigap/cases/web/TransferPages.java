package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.CaseTransfers;
import id.sigap.security.SigapUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Transfer of a case (/kasus/{id}/pindah): request by the owner, accept or decline by the receiving agency. */
@Controller
class TransferPages {

    private final CaseTransfers transfers;
    private final CaseAccess access;

    TransferPages(CaseTransfers transfers, CaseAccess access) {
        this.transfers = transfers;
        this.access = access;
    }

    @GetMapping("/kasus/{id}/pindah")
    String page(@PathVariable long id, Model model) {
        SigapUser user = access.user();
        var pending = transfers.pending(user, id);
        model.addAttribute("caseId", id);
        model.addAttribute("transfer", pending.orElse(null));
        model.addAttribute(
                "mayDecide", pending.map(t -> transfers.mayDecide(user, t)).orElse(false));
        return "cases/transfer";
    }

    @PostMapping("/kasus/{id}/pindah")
    String request(
            @PathVariable long id,
            @RequestParam(required = false) Long toAgencyId,
            @RequestParam(required = false) String reason) {
        transfers.request(access.user(), id, toAgencyId, reason);
        return "redirect:/kasus/" + id + "/pindah";
    }

    @PostMapping("/kasus/{id}/pindah/terima")
    String accept(@PathVariable long id) {
        transfers.accept(access.user(), id);
        return "redirect:/kasus/" + id;
    }

    @PostMapping("/kasus/{id}/pindah/tolak")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason) {
        transfers.decline(access.user(), id, reason);
        return "redirect:/kasus/" + id + "/pindah";
    }
}
