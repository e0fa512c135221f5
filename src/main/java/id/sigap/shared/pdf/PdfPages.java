package id.sigap.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A minimal flowing-text writer on PDFBox: landscape A4 pages, Helvetica, wrapped paragraphs and table rows with
 * fixed column widths; a new page when the current one is full. Characters Helvetica cannot encode become '?'.
 * Used by the generated documents of several modules (annual reports of plans, standard reports of analytics).
 */
public final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 40;
    private static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream out;
    private float y;

    public PdfPages() {
        newPage();
    }

    public float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    public void heading(String text, float size) {
        paragraph(text, size, true);
        y -= 4;
    }

    public void paragraph(String text, float size, boolean strong) {
        for (String para : (text == null ? "" : text).split("\\R")) {
            for (String line : wrap(para, strong ? bold : regular, size, width())) {
                line(line, MARGIN, size, strong);
            }
        }
        y -= 4;
    }

    /** A table row: each cell wrapped inside its column; the row's height is its tallest cell's. */
    public void row(float[] widths, String[] cells, float size, boolean strong) {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> w = wrap(cells[i], strong ? bold : regular, size, widths[i] - 4);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float height = lines * (size + 3);
        if (y - height < MARGIN) {
            newPage();
        }
        float top = y;
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            y = top;
            for (String l : wrapped.get(i)) {
                line(l, x, size, strong);
            }
            x += widths[i];
        }
        y = top - height - 2;
    }

    public byte[] bytes() {
        try {
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String text, float x, float size, boolean strong) {
        if (y - size < MARGIN) {
            newPage();
        }
        try {
            out.beginText();
            out.setFont(strong ? bold : regular, size);
            out.newLineAtOffset(x, y - size);
            out.showText(text);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= size + 3;
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(SIZE);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, PDType1Font font, float size, float maxWidth) {
        String safe = encodable(text == null ? "" : text, font);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : safe.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, font, size) <= maxWidth || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static float width(String s, PDType1Font font, float size) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encodable(String s, PDType1Font font) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }
}
