package id.sigap.exchange.web;

import id.sigap.exchange.internal.HtcdsDesk;
import id.sigap.exchange.internal.HtcdsImport;
import id.sigap.security.CurrentUser;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code GET /api/v1/export/htcds?year=&format=csv|json[&region=][&identifiers=true]}: the cases of a year in the
 * user's region in HTCDS 2.0 (403 outside the scope, 403 for identifiers without the role; audited). {@code POST
 * /api/v1/import/htcds} (multipart {@code file}, {@code dryRun}): import into cases, all or nothing; 422 with the
 * problems (row, field, value, reason) when the file has any.
 */
@ApiController
class HtcdsApi {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final HtcdsDesk desk;
    private final CurrentUser currentUser;

    HtcdsApi(HtcdsDesk desk, CurrentUser currentUser) {
        this.desk = desk;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/export/htcds")
    ResponseEntity<String> export(
            @RequestParam int year,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean identifiers) {
        return download(desk.export(currentUser.require(), region, year, format, identifiers));
    }

    static ResponseEntity<String> download(HtcdsDesk.Download d) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(d.mediaType()), StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.filename())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(d.content());
    }

    @PostMapping("/api/v1/import/htcds")
    ResponseEntity<HtcdsImport.Outcome> importFile(
            @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun) {
        HtcdsImport.Outcome outcome = desk.importFile(currentUser.require(), text(file), dryRun);
        return ResponseEntity.status(outcome.problems().isEmpty() ? 200 : 422).body(outcome);
    }

    static String text(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new SigapException.Invalid("file", "exchange.file-required");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new SigapException.Invalid("file", "exchange.file-too-large");
        }
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SigapException.Invalid("file", "exchange.unreadable");
        }
    }
}
