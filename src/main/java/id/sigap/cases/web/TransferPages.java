package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.CaseRegister;
import id.sigap.cases.internal.CaseRow;
import id.sigap.cases.internal.CaseTransfers;
import id.sigap.cases.internal.TransferInbox;
import id.sigap.organization.Agency;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Transfer of a case (/kasus/{id}/pindah): the owner picks the receiving agency by region and name and gives a
 * reason; the receiving agency finds it in its inbox (/kasus/pindahan-masuk) and accepts or declines it.
 */
@Controller
class TransferPages {

    private final CaseTransfers transfers;
    private final TransferInbox inbox;
    private final CaseRegister cases;
    private final CaseAccess access;
    private final CaseRegionNames regionNames;
    private final MessageSource messages;

    TransferPages(
            CaseTransfers transfers,
            TransferInbox inbox,
            CaseRegister cases,
            CaseAccess access,
            CaseRegionNames regionNames,
            MessageSource messages) {
        this.transfers = transfers;
        this.inbox = inbox;
        this.cases = cases;
        this.access = access;
        this.regionNames = regionNames;
        this.messages = messages;
    }

    @GetMapping("/kasus/{id}/pindah")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String cari,
            Model model,
            HttpServletResponse response) {
        return show(id, wilayah, cari, null, null, new LinkedHashMap<>(), model, response);
    }

    @PostMapping("/kasus/{id}/pindah")
    String request(
            @PathVariable long id,
            @RequestParam(required = false) Long toAgencyId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String cari,
            Model model,
            HttpServletResponse response) {
        try {
            transfers.request(access.user(), id, toAgencyId, reason);
            return "redirect:/kasus/" + id + "/pindah";
        } catch (SigapException.Invalid e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), message(p.code(), p.args())));
            response.setStatus(e.status());
            return show(id, wilayah, cari, toAgencyId, reason, errors, model, response);
        }
    }

    @PostMapping("/kasus/{id}/pindah/terima")
    String accept(@PathVariable long id) {
        transfers.accept(access.user(), id);
        return "redirect:/kasus/" + id;
    }

    @PostMapping("/kasus/{id}/pindah/tolak")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason) {
        transfers.decline(access.user(), id, reason);
        return "redirect:/kasus/pindahan-masuk";
    }

    /** Incoming transfers of the user's agency, oldest first. */
    @GetMapping("/kasus/pindahan-masuk")
    String incoming(@RequestParam(required = false) Integer hal, Model model) {
        var page = inbox.incoming(access.user(), PageRequest.of(hal, 25));
        model.addAttribute("page", page);
        model.addAttribute(
                "regionNames",
                regionNames.of(
                        page.content().stream().flatMap(t -> Stream.of(t.fromRegionCode(), t.targetRegionCode()))));
        return "cases/transfer-inbox";
    }

    private String show(
            long id,
            String wilayah,
            String cari,
            Long chosen,
            String reason,
            Map<String, String> errors,
            Model model,
            HttpServletResponse response) {
        SigapUser user = access.user();
        var pending = transfers.pending(user, id);
        CaseRow row = cases.find(id);
        boolean mayRequest =
                pending.isEmpty() && user.agencyId() == row.owningAgencyId() && access.mayWrite(user, row.regionCode());
        List<Agency> choices = List.of();
        if (mayRequest) {
            try {
                choices = inbox.choices(user, id, wilayah, cari);
            } catch (SigapException.Invalid e) {
                e.problems().forEach(p -> errors.putIfAbsent(p.field(), message(p.code(), p.args())));
                response.setStatus(e.status());
            }
        }
        model.addAttribute("caseId", id);
        model.addAttribute("c", row);
        model.addAttribute("transfer", pending.orElse(null));
        model.addAttribute(
                "mayDecide", pending.map(t -> transfers.mayDecide(user, t)).orElse(false));
        model.addAttribute("mayRequest", mayRequest);
        model.addAttribute("wilayah", wilayah);
        model.addAttribute("cari", cari);
        model.addAttribute("choices", choices);
        model.addAttribute("chosen", chosen);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "regionNames",
                regionNames.of(Stream.concat(
                        choices.stream().map(Agency::regionCode),
                        pending.stream().map(CaseTransfers.Transfer::targetRegionCode))));
        model.addAttribute(
                "targetAgency",
                pending.flatMap(t -> transfers.agencyName(t.toAgencyId())).orElse(null));
        return "cases/transfer";
    }

    private String message(String code, Object... args) {
        return messages.getMessage("error." + code, args, code, LocaleContextHolder.getLocale());
    }
}
