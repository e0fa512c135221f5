package id.sigap.cases.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.springframework.mock.web.MockMultipartFile;

/**
 * An uploaded file of a given size whose bytes are generated only when the application reads them (and not kept
 * afterwards), so a test can send 50 MB without holding 50 MB, and can tell whether the application read it at all.
 * The content is a valid one-page PDF padded to exactly the size.
 */
final class GeneratedUpload extends MockMultipartFile {

    private final long size;
    private final AtomicInteger reads = new AtomicInteger();

    GeneratedUpload(String fileName, long size) {
        super("file", fileName, "application/pdf", new byte[0]);
        this.size = size;
    }

    int reads() {
        return reads.get();
    }

    @Override
    public long getSize() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public byte[] getBytes() throws IOException {
        reads.incrementAndGet();
        return pdfOfSize(size);
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return new ByteArrayInputStream(getBytes());
    }

    /** A valid PDF of exactly {@code size} bytes: one page whose content stream is blank padding. */
    static byte[] pdfOfSize(long size) throws IOException {
        long padding = Math.max(0, size - 1024);
        for (int attempt = 0; attempt < 5; attempt++) {
            byte[] pdf = padded(padding);
            if (pdf.length == size) {
                return pdf;
            }
            padding += size - pdf.length;
        }
        throw new IllegalStateException("no PDF of exactly " + size + " bytes");
    }

    private static byte[] padded(long padding) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            page.setContents(new PDStream(doc, new Blanks(padding)));
            var out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16, padding + 4096));
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** {@code n} spaces, streamed. */
    private static final class Blanks extends InputStream {
        private long left;

        Blanks(long n) {
            this.left = n;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            left -= n;
            return n;
        }
    }
}
