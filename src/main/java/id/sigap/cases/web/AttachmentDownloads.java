package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAttachments;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The one way attachment bytes leave the server: as a download, never rendered inline, never sniffed. */
final class AttachmentDownloads {

    private AttachmentDownloads() {}

    static ResponseEntity<byte[]> of(CaseAttachments.Download d) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(d.attachment().contentType()));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(d.attachment().fileName(), StandardCharsets.UTF_8)
                .build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl("no-store");
        headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
        return ResponseEntity.ok().headers(headers).body(d.bytes());
    }
}
