package id.sigap.analytics.internal;

import id.sigap.analytics.internal.StandardReport.Line;
import id.sigap.analytics.internal.StandardReport.Section;
import id.sigap.shared.Jakarta;
import id.sigap.shared.pdf.PdfPages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A standard report as an XLSX workbook (a sheet "Info" with the standard, year, area and data cut-off, then one
 * sheet per table named by its id: code, label, figures) and as a PDF (the same, one table after another).
 */
@Component
public class StandardReportFiles {

    static final DateTimeFormatter CUTOFF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;

    StandardReportFiles(MessageSource messages) {
        this.messages = messages;
    }

    /** The lines above the tables: standard, year, area, data cut-off, then the notes. */
    public List<String> heading(StandardReport r, Locale locale) {
        List<String> out = new ArrayList<>();
        out.add(text("analytics.report.meta.standard", locale, r.standard()));
        out.add(text("analytics.report.meta.year", locale, Integer.toString(r.year())));
        out.add(text("analytics.report.meta.area", locale, r.areaName()));
        out.add(
                r.cutoff() == null
                        ? text("analytics.report.meta.no-cutoff", locale)
                        : text(
                                "analytics.report.meta.cutoff",
                                locale,
                                CUTOFF.format(r.cutoff().atZoneSameInstant(Jakarta.ZONE))));
        out.addAll(r.notes());
        return out;
    }

    public byte[] xlsx(StandardReport r, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle strong = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            strong.setFont(bold);
            XSSFSheet info = book.createSheet("Info");
            var title = info.createRow(0).createCell(0);
            title.setCellValue(r.title());
            title.setCellStyle(strong);
            int i = 1;
            for (String line : heading(r, locale)) {
                info.createRow(i++).createCell(0).setCellValue(line);
            }
            info.setColumnWidth(0, 120 * 256);
            for (Section s : r.sections()) {
                XSSFSheet sheet = book.createSheet(s.id());
                sheet.createRow(0).createCell(0).setCellValue(s.title());
                sheet.getRow(0).getCell(0).setCellStyle(strong);
                var head = sheet.createRow(1);
                head.createCell(0).setCellValue(text("analytics.column.code", locale));
                head.createCell(1).setCellValue(text("analytics.column.label", locale));
                for (int c = 0; c < s.columns().size(); c++) {
                    head.createCell(c + 2).setCellValue(s.columns().get(c));
                }
                head.forEach(cell -> cell.setCellStyle(strong));
                int rowNo = 2;
                for (Line l : s.lines()) {
                    var row = sheet.createRow(rowNo++);
                    row.createCell(0).setCellValue(l.code());
                    row.createCell(1).setCellValue(l.label());
                    for (int c = 0; c < l.values().size(); c++) {
                        Number v = l.values().get(c);
                        if (v != null) {
                            row.createCell(c + 2).setCellValue(v.doubleValue());
                        }
                    }
                }
                sheet.setColumnWidth(0, 28 * 256);
                sheet.setColumnWidth(1, 50 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf(StandardReport r, Locale locale) {
        try (PdfPages pdf = new PdfPages()) {
            pdf.heading(r.title(), 16);
            for (String line : heading(r, locale)) {
                pdf.paragraph(line, 9, false);
            }
            for (Section s : r.sections()) {
                pdf.heading(s.title(), 12);
                int n = s.columns().size();
                float label = Math.max(160, pdf.width() - 130 - 70 * n);
                float[] widths = new float[n + 2];
                widths[0] = 130;
                widths[1] = label;
                for (int c = 0; c < n; c++) {
                    widths[c + 2] = 70;
                }
                String[] head = new String[n + 2];
                head[0] = text("analytics.column.code", locale);
                head[1] = text("analytics.column.label", locale);
                for (int c = 0; c < n; c++) {
                    head[c + 2] = s.columns().get(c);
                }
                pdf.row(widths, head, 8, true);
                for (Line l : s.lines()) {
                    String[] cells = new String[n + 2];
                    cells[0] = l.code();
                    cells[1] = l.label();
                    for (int c = 0; c < n; c++) {
                        cells[c + 2] = figure(c < l.values().size() ? l.values().get(c) : null);
                    }
                    pdf.row(widths, cells, 8, false);
                }
            }
            return pdf.bytes();
        }
    }

    /** A figure as written in the PDF and on the page: whole numbers plainly, rates with 2 decimals, "–" for none. */
    public static String figure(Number v) {
        if (v == null) {
            return "–";
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return Long.toString(v.longValue());
    }

    /** {@link #figure(Number)}, for templates. */
    public String format(Number v) {
        return figure(v);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
