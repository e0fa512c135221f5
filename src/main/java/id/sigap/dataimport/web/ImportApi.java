package id.sigap.dataimport.web;

import id.sigap.dataimport.internal.ImportDesk;
import id.sigap.dataimport.internal.ImportSummary;
import id.sigap.dataimport.internal.TemplateWorkbook;
import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import contract: upload (returns the import at once, PARSING: it is read and checked in the background; nothing
 * saved), status with progress and problems (paged), commit (all-or-nothing, in the background: poll the status),
 * discard (DELETE, an import never committed), and the template.
 */
@ApiController
@RequestMapping("/api/v1/imports")
class ImportApi {

    private final ImportDesk desk;
    private final CurrentUser current;
    private final MessageSource messages;
    private final TemplateWorkbook template;

    ImportApi(ImportDesk desk, CurrentUser current, MessageSource messages, TemplateWorkbook template) {
        this.desk = desk;
        this.current = current;
        this.messages = messages;
        this.template = template;
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<ImportJson> upload(@RequestParam(required = false) MultipartFile file) {
        SigapUser user = current.require();
        if (file == null || file.isEmpty()) {
            throw new SigapException.Invalid("file", "import.file-empty");
        }
        if (file.getSize() > ImportDesk.MAX_BYTES) {
            throw new SigapException.Invalid("file", "import.file-too-large", ImportDesk.MAX_BYTES / (1024 * 1024));
        }
        ImportSummary s = desk.upload(user, file.getOriginalFilename(), bytes(file));
        return ResponseEntity.created(URI.create("/api/v1/imports/" + s.id()))
                .body(json(user, s, PageRequest.of(0, 100)));
    }

    @GetMapping("/{id}")
    ImportJson status(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        SigapUser user = current.require();
        return json(user, desk.get(user, id), PageRequest.of(page, size));
    }

    @PostMapping("/{id}/commit")
    ResponseEntity<ImportJson> commit(@PathVariable long id) {
        SigapUser user = current.require();
        ImportSummary s = desk.commit(user, id);
        return ResponseEntity.accepted().body(json(user, s, PageRequest.of(0, 1)));
    }

    /** Discards an import never committed: its file, problems and record are deleted. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> discard(@PathVariable long id) {
        desk.discard(current.require(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@RequestParam(required = false) String lang) {
        current.require();
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        return TemplateDownload.of(template.build(locale), locale);
    }

    private ImportJson json(SigapUser user, ImportSummary s, PageRequest page) {
        Locale locale = LocaleContextHolder.getLocale();
        var problems = desk.problems(user, s.id(), page).map(p -> ProblemText.of(p, messages, locale));
        return ImportJson.of(s, desk.progress(s.id()), problems);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
