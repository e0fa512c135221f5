package id.sigap.cases.web;

import id.sigap.cases.internal.AttachmentKind;
import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.CaseAttachments;
import id.sigap.cases.internal.CaseRegister;
import id.sigap.cases.internal.CaseRow;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** The attachments of a case (/kasus/{id}/lampiran): list, upload, download. */
@Controller
class AttachmentPages {

    private final CaseRegister cases;
    private final CaseAttachments attachments;
    private final CaseAccess access;
    private final MessageSource messages;

    AttachmentPages(CaseRegister cases, CaseAttachments attachments, CaseAccess access, MessageSource messages) {
        this.cases = cases;
        this.attachments = attachments;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/kasus/{id}/lampiran")
    String list(@PathVariable long id, Model model) {
        return page(id, model, null);
    }

    @PostMapping("/kasus/{id}/lampiran")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind,
            Model model,
            HttpServletResponse response) {
        SigapUser user = access.user();
        try {
            if (file == null || file.isEmpty()) {
                throw new SigapException.Invalid("file", "attachment.empty");
            }
            attachments.checkSize(file.getSize());
            attachments.upload(user, id, file.getOriginalFilename(), AttachmentKind.parse(kind), file.getBytes());
            return "redirect:/kasus/" + id + "/lampiran";
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            var p = e.problems().getFirst();
            return page(id, model, message("error." + p.code(), p.args()));
        } catch (CaseAttachments.TooLarge e) {
            response.setStatus(413);
            return page(id, model, message("error.attachment.too-large", e.maxMegabytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/kasus/{id}/lampiran/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        return AttachmentDownloads.of(attachments.download(access.user(), id, attachmentId));
    }

    private String page(long id, Model model, String error) {
        SigapUser user = access.user();
        CaseRow row = cases.read(user, id);
        model.addAttribute("c", row);
        model.addAttribute("attachments", attachments.list(user, id));
        model.addAttribute("kinds", AttachmentKind.values());
        model.addAttribute("maxMb", attachments.maxBytes() / (1024 * 1024));
        model.addAttribute("canWrite", access.mayWrite(user, row.regionCode()));
        model.addAttribute("error", error);
        return "cases/attachments";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
