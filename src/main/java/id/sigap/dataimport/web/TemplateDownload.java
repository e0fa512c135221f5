package id.sigap.dataimport.web;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The template as a download. */
final class TemplateDownload {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TemplateDownload() {}

    static ResponseEntity<byte[]> of(byte[] content, Locale locale) {
        String name = "en".equals(locale.getLanguage()) ? "sigap-import-template.xlsx" : "sigap-templat-impor.xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
