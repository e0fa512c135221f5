package id.sigap.exchange.web;

import id.sigap.exchange.internal.HtcdsDesk;
import id.sigap.exchange.internal.HtcdsImport;
import id.sigap.exchange.internal.ImportProblem;
import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The HTCDS import page ({@code /pertukaran/impor}): upload a CSV or JSON file, see every problem (record, field,
 * value, reason in the user's language) or what would be created, then save all or nothing. The checked file waits in
 * the user's session (never in a URL or on disk) until saved or replaced; saving checks it again, so a region out of
 * scope or a change in between still stops it. Importing the same file twice creates nothing new.
 */
@Controller
class HtcdsImportPage {

    static final String PENDING = "exchange.htcds.pending";

    private final HtcdsDesk desk;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    HtcdsImportPage(HtcdsDesk desk, CurrentUser currentUser, MessageSource messages) {
        this.desk = desk;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /** A checked file waiting to be saved by the user who uploaded it. */
    record Pending(String token, long userId, String filename, String content) implements Serializable {}

    /** A problem as the page shows it. */
    record ShownProblem(int row, String field, String value, String reason) {}

    @GetMapping("/pertukaran/impor")
    String form(Model model) {
        desk.requireImporter(currentUser.require());
        return "exchange/import";
    }

    @PostMapping("/pertukaran/impor")
    String preview(
            @RequestParam(required = false) MultipartFile file,
            HttpSession session,
            HttpServletResponse response,
            Model model) {
        SigapUser user = currentUser.require();
        desk.requireImporter(user);
        session.removeAttribute(PENDING);
        String content;
        HtcdsImport.Outcome outcome;
        try {
            content = HtcdsApi.text(file);
            outcome = desk.importFile(user, content, true);
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            model.addAttribute("fileError", message(e.problems().getFirst().code()));
            return "exchange/import";
        }
        model.addAttribute("outcome", outcome);
        model.addAttribute("filename", filename(file));
        if (!outcome.problems().isEmpty()) {
            response.setStatus(422);
            model.addAttribute("problems", shown(outcome.problems()));
            return "exchange/import";
        }
        if (outcome.created() > 0) {
            Pending pending = new Pending(UUID.randomUUID().toString(), user.id(), filename(file), content);
            session.setAttribute(PENDING, pending);
            model.addAttribute("token", pending.token());
        }
        return "exchange/import";
    }

    @PostMapping("/pertukaran/impor/simpan")
    String commit(
            @RequestParam(required = false) String token,
            HttpSession session,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        SigapUser user = currentUser.require();
        desk.requireImporter(user);
        Object stored = session.getAttribute(PENDING);
        if (!(stored instanceof Pending pending) || !pending.token().equals(token) || pending.userId() != user.id()) {
            response.setStatus(409);
            model.addAttribute("fileError", message("exchange.upload-expired"));
            return "exchange/import";
        }
        session.removeAttribute(PENDING);
        HtcdsImport.Outcome outcome = desk.importFile(user, pending.content(), false);
        if (!outcome.problems().isEmpty()) {
            response.setStatus(422);
            model.addAttribute("outcome", outcome);
            model.addAttribute("filename", pending.filename());
            model.addAttribute("problems", shown(outcome.problems()));
            return "exchange/import";
        }
        redirect.addFlashAttribute("saved", outcome);
        return "redirect:/pertukaran/impor";
    }

    private List<ShownProblem> shown(List<ImportProblem> problems) {
        return problems.stream()
                .map(p -> new ShownProblem(p.row(), p.field(), p.value(), message(p.reason())))
                .toList();
    }

    private String message(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("error." + code, null, code, locale);
    }

    private static String filename(MultipartFile file) {
        String name = file == null ? null : file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "";
        }
        String base = name.replaceAll(".*[/\\\\]", "");
        return base.length() > 120 ? base.substring(0, 120) : base;
    }
}
