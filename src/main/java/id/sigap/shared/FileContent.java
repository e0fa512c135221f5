package id.sigap.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Decides an upload's type from its content, never from its name or the browser's claim: PDF (magic bytes and a
 * full parse with PDFBox), JPEG and PNG (magic bytes and a decode with javax.imageio, bounded in pixels). Used for
 * case attachments and for the evidence of action-plan reports.
 */
public final class FileContent {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final long MAX_PIXELS = 100_000_000L;

    private FileContent() {}

    /** The content type of {@code bytes}, or {@link SigapException.Invalid} (field {@code file}). */
    public static String check(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            checkPdf(bytes);
            return PDF;
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            checkImage(bytes);
            return PNG;
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            checkImage(bytes);
            return JPEG;
        }
        throw new SigapException.Invalid("file", "attachment.wrong-type");
    }

    private static void checkPdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.getNumberOfPages() < 1) {
                throw new SigapException.Invalid("file", "attachment.corrupt-pdf");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SigapException s) {
                throw s;
            }
            throw new SigapException.Invalid("file", "attachment.corrupt-pdf");
        }
    }

    private static void checkImage(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new SigapException.Invalid("file", "attachment.corrupt-image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new SigapException.Invalid("file", "attachment.corrupt-image");
                }
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SigapException s) {
                throw s;
            }
            throw new SigapException.Invalid("file", "attachment.corrupt-image");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    /** A file name safe to store and to send back: the last path segment, letters, digits, space, dot, dash. */
    public static String sanitize(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String clean = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .replaceAll("^[. ]+", "")
                .strip();
        if (clean.length() > 120) {
            clean = clean.substring(clean.length() - 120);
        }
        return clean.isEmpty() ? "lampiran" : clean;
    }
}
