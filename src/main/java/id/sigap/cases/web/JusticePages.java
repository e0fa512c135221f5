package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.CaseRegister;
import id.sigap.cases.internal.CaseRow;
import id.sigap.cases.internal.JusticeChain;
import id.sigap.cases.internal.JusticeInput;
import id.sigap.cases.internal.JusticeView;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The criminal-justice page of a case (/kasus/{id}/peradilan): one section per suspect with a form per stage. A
 * rejected form is shown again (422) with a message next to each field and the values as typed.
 */
@Controller
class JusticePages {

    /** Which form of which suspect was rejected, with what was typed and the messages per field. */
    record Rejected(
            long personId, String stage, Map<String, String> values, Map<String, String> errors, boolean stale) {}

    private final CaseRegister cases;
    private final JusticeView view;
    private final JusticeChain chain;
    private final CaseAccess access;
    private final MessageSource messages;

    JusticePages(CaseRegister cases, JusticeView view, JusticeChain chain, CaseAccess access, MessageSource messages) {
        this.cases = cases;
        this.view = view;
        this.chain = chain;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/kasus/{id}/peradilan")
    String page(@PathVariable long id, Model model) {
        return show(id, null, model);
    }

    @PostMapping("/kasus/{id}/peradilan/{personId}/{stage}")
    String record(
            @PathVariable long id,
            @PathVariable long personId,
            @PathVariable String stage,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        SigapUser user = access.user();
        Function<Map<String, String>, Object> write =
                switch (stage) {
                    case "laporan" -> p -> chain.recordReport(user, id, personId, JusticeForms.report(p));
                    case "pasal" -> p -> chain.addCharge(user, id, personId, JusticeForms.charge(p));
                    case "penuntutan" ->
                        p -> {
                            chain.recordProsecution(user, id, personId, JusticeForms.prosecution(p));
                            return null;
                        };
                    case "putusan" ->
                        p -> {
                            chain.recordVerdict(user, id, personId, JusticeForms.verdict(p));
                            return null;
                        };
                    case "upaya-hukum" -> p -> chain.addAppeal(user, id, personId, JusticeForms.appeal(p));
                    default -> throw new SigapException.NotFound("justice.stage-not-found");
                };
        chain.requireWrite(user, id);
        try {
            write.apply(params);
            return "redirect:/kasus/" + id + "/peradilan#tersangka-" + personId;
        } catch (SigapException.Invalid e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), message(p.code(), p.args())));
            response.setStatus(e.status());
            return show(id, new Rejected(personId, stage, params, errors, false), model);
        } catch (SigapException.Conflict e) {
            if (!"justice.stale".equals(e.code())) {
                throw e;
            }
            // someone saved this suspect's chain since the form was opened: show the stored data, keep what was typed
            response.setStatus(e.status());
            return show(id, new Rejected(personId, stage, params, Map.of(), true), model);
        }
    }

    private String show(long id, Rejected rejected, Model model) {
        SigapUser user = access.user();
        CaseRow c = cases.find(id);
        model.addAttribute("c", c);
        model.addAttribute("chain", view.of(user, id));
        model.addAttribute("suggestions", view.suggestions());
        model.addAttribute("statuses", JusticeInput.INVESTIGATION_STATUSES);
        model.addAttribute("levels", JusticeInput.APPEAL_LEVELS);
        model.addAttribute("canWrite", chain.mayWrite(user, c.regionCode()));
        model.addAttribute("rejected", rejected);
        return "cases/justice";
    }

    private String message(String code, Object... args) {
        return messages.getMessage("error." + code, args, code, LocaleContextHolder.getLocale());
    }
}
