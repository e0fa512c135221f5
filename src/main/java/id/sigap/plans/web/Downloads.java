package id.sigap.plans.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file sent as a download that the browser must not render or sniff. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> of(String contentType, String fileName, byte[] bytes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl("no-store");
        headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
        return ResponseEntity.ok().headers(headers).body(bytes);
    }
}
