package id.sigap.cases.web;

import id.sigap.cases.internal.AttachmentKind;
import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.CaseAttachments;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Attachments of a case as JSON; the bytes as a download. */
@ApiController
@RequestMapping("/api/v1/cases/{id}/attachments")
class AttachmentApi {

    private final CaseAttachments attachments;
    private final CaseAccess access;
    private final MessageSource messages;

    AttachmentApi(CaseAttachments attachments, CaseAccess access, MessageSource messages) {
        this.attachments = attachments;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    List<CaseAttachments.Attachment> list(@PathVariable long id) {
        return attachments.list(access.user(), id);
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<CaseAttachments.Attachment> upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind) {
        if (file == null || file.isEmpty()) {
            throw new SigapException.Invalid("file", "attachment.empty");
        }
        attachments.checkSize(file.getSize());
        try {
            var a = attachments.upload(
                    access.user(), id, file.getOriginalFilename(), AttachmentKind.parse(kind), file.getBytes());
            return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attachments/" + a.id()))
                    .body(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{attachmentId}/content")
    ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable long attachmentId) {
        return AttachmentDownloads.of(attachments.download(access.user(), id, attachmentId));
    }

    @ExceptionHandler(CaseAttachments.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(CaseAttachments.TooLarge e) {
        String detail = messages.getMessage(
                "error.attachment.too-large",
                new Object[] {e.maxMegabytes()},
                "too large",
                LocaleContextHolder.getLocale());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        p.setType(URI.create("urn:sigap:problem:attachment.too-large"));
        p.setProperty("code", "attachment.too-large");
        return ResponseEntity.status(413)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
