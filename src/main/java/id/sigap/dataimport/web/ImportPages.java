package id.sigap.dataimport.web;

import id.sigap.dataimport.ImportStatus;
import id.sigap.dataimport.internal.ImportDesk;
import id.sigap.dataimport.internal.ImportSummary;
import id.sigap.dataimport.internal.TemplateWorkbook;
import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * /impor: upload form and history, the preview (reading progress, then the problems, paged), the commit with
 * confirmation and its progress, and discarding an import never committed (with confirmation).
 */
@Controller
class ImportPages {

    static final int PROBLEMS_PER_PAGE = 50;

    private final ImportDesk desk;
    private final CurrentUser current;
    private final MessageSource messages;
    private final TemplateWorkbook template;

    ImportPages(ImportDesk desk, CurrentUser current, MessageSource messages, TemplateWorkbook template) {
        this.desk = desk;
        this.current = current;
        this.messages = messages;
        this.template = template;
    }

    @GetMapping("/impor")
    String index(@RequestParam(required = false) Integer page, Model model) {
        return index(current.require(), page, model, null);
    }

    private String index(SigapUser user, Integer page, Model model, String error) {
        model.addAttribute("history", desk.history(user, PageRequest.of(page, 20)));
        model.addAttribute("maxMb", ImportDesk.MAX_BYTES / (1024 * 1024));
        model.addAttribute("error", error);
        return "dataimport/index";
    }

    @PostMapping("/impor")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) {
        SigapUser user = current.require();
        try {
            if (file == null || file.isEmpty()) {
                throw new SigapException.Invalid("file", "import.file-empty");
            }
            if (file.getSize() > ImportDesk.MAX_BYTES) {
                throw new SigapException.Invalid("file", "import.file-too-large", ImportDesk.MAX_BYTES / (1024 * 1024));
            }
            ImportSummary s = desk.upload(user, file.getOriginalFilename(), ImportApi.bytes(file));
            return "redirect:/impor/" + s.id();
        } catch (SigapException.Invalid e) {
            String msg = messages.getMessage("error." + e.code(), e.args(), LocaleContextHolder.getLocale());
            return index(user, 0, model, msg);
        }
    }

    @GetMapping("/impor/{id}")
    String preview(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        SigapUser user = current.require();
        status(user, id, model);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "problems",
                desk.problems(user, id, PageRequest.of(page, PROBLEMS_PER_PAGE))
                        .map(p -> ProblemText.of(p, messages, locale)));
        return "dataimport/preview";
    }

    /** The status while the import is read or committed; once a reading ends, the whole page (with problems). */
    @GetMapping("/impor/{id}/status")
    String statusFragment(@PathVariable long id, HttpServletResponse response, Model model) {
        ImportSummary s = status(current.require(), id, model);
        if (s.status() != ImportStatus.PARSING && s.status() != ImportStatus.COMMITTING && s.committedAt() == null) {
            response.setHeader("HX-Refresh", "true");
        }
        return "dataimport/preview :: status";
    }

    @PostMapping("/impor/{id}/hapus")
    String discard(@PathVariable long id) {
        desk.discard(current.require(), id);
        return "redirect:/impor";
    }

    @PostMapping("/impor/{id}/commit")
    String commit(@PathVariable long id) {
        desk.commit(current.require(), id);
        return "redirect:/impor/" + id;
    }

    @GetMapping("/impor/templat")
    ResponseEntity<byte[]> template(@RequestParam(required = false) String bahasa) {
        current.require();
        Locale locale = "en".equals(bahasa) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        return TemplateDownload.of(template.build(locale), locale);
    }

    private ImportSummary status(SigapUser user, long id, Model model) {
        ImportSummary s = desk.get(user, id);
        model.addAttribute("job", s);
        model.addAttribute("progress", desk.progress(id));
        model.addAttribute("committing", s.status() == ImportStatus.COMMITTING);
        model.addAttribute("parsing", s.status() == ImportStatus.PARSING);
        model.addAttribute("discardable", ImportDesk.discardable(s.status()));
        String lastError = s.lastError() == null
                ? null
                : messages.getMessage("error." + s.lastError(), null, s.lastError(), LocaleContextHolder.getLocale());
        model.addAttribute("lastError", lastError);
        return s;
    }
}
