package id.sigap.dataimport.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What is kept about an uploaded file besides its sealed content: a clean name, its SHA-256 and its format. */
record UploadedFile(String name, String sha256, String format) {

    static UploadedFile of(String fileName, byte[] content) {
        return new UploadedFile(cleanName(fileName), sha256(content), SheetCheck.isXlsx(content) ? "XLSX" : "CSV");
    }

    /** The name without folders or control characters, at most 200 characters ("upload" when none is left). */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
