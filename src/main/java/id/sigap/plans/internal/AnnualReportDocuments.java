package id.sigap.plans.internal;

import static id.sigap.plans.internal.AnnualReport.number;

import id.sigap.plans.internal.AnnualReport.Section;
import id.sigap.shared.pdf.PdfPages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Renders an {@link AnnualReport} as PDF (PDFBox) and XLSX (POI): achievements per indicator, budgets, obstacles
 * and the editable texts. {@code label} turns message keys into the reader's language.
 */
@Component
public class AnnualReportDocuments {

    private static final String[] ACHIEVEMENT_HEAD = {
        "plans.annual.col.no",
        "plans.annual.col.cluster",
        "plans.annual.col.indicator",
        "plans.annual.col.unit",
        "plans.annual.col.agency",
        "plans.annual.col.baseline",
        "plans.annual.col.target",
        "plans.annual.col.achieved",
        "plans.annual.col.percent"
    };
    private static final String[] BUDGET_HEAD = {
        "plans.annual.col.activity",
        "plans.annual.col.source",
        "plans.annual.col.allocated",
        "plans.annual.col.realised",
        "plans.annual.col.percent"
    };

    public byte[] pdf(AnnualReport r, Function<String, String> label) {
        try (PdfPages pdf = new PdfPages()) {
            pdf.heading(label.apply("plans.annual.title") + " " + r.year(), 16);
            pdf.paragraph(r.plan().title() + " (" + r.plan().period() + ")", 11, true);
            if (r.taskForceName() != null) {
                pdf.paragraph(r.taskForceName(), 10, false);
            }
            if (r.plan().legalBasis() != null) {
                pdf.paragraph(
                        label.apply("plans.plan.legal-basis") + ": " + r.plan().legalBasis(), 10, false);
            }
            section(pdf, label, Section.SUMMARY, r);
            pdf.heading(label.apply("plans.annual.achievements"), 12);
            float w = pdf.width();
            float[] cols = {w * .04f, w * .14f, w * .26f, w * .08f, w * .16f, w * .07f, w * .08f, w * .09f, w * .08f};
            pdf.row(cols, heads(ACHIEVEMENT_HEAD, label), 8, true);
            int n = 1;
            for (AnnualReport.Row row : r.rows()) {
                pdf.row(
                        cols,
                        new String[] {
                            String.valueOf(n++),
                            row.cluster(),
                            row.indicator() + (row.computed() ? " *" : ""),
                            row.unit(),
                            row.agency(),
                            number(row.baseline()),
                            number(row.target()),
                            number(row.achieved()),
                            number(row.percent())
                        },
                        8,
                        false);
            }
            pdf.paragraph("* " + label.apply("plans.annual.computed-note"), 8, false);
            pdf.heading(label.apply("plans.annual.budget"), 12);
            float[] bcols = {w * .45f, w * .1f, w * .17f, w * .17f, w * .11f};
            pdf.row(bcols, heads(BUDGET_HEAD, label), 8, true);
            for (AnnualReport.BudgetRow b : r.budget()) {
                pdf.row(
                        bcols,
                        new String[] {
                            b.activity(),
                            label.apply(b.source().labelKey()),
                            number(b.allocated()),
                            number(b.realised()),
                            number(b.percent())
                        },
                        8,
                        false);
            }
            pdf.heading(label.apply("plans.annual.reported-obstacles"), 12);
            for (AnnualReport.Obstacle o : r.obstacles()) {
                pdf.paragraph(o.indicator() + " (T" + o.quarter() + "): " + o.text(), 9, false);
            }
            section(pdf, label, Section.OBSTACLES, r);
            section(pdf, label, Section.INTERVENTIONS, r);
            return pdf.bytes();
        }
    }

    public byte[] xlsx(AnnualReport r, Function<String, String> label) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle head = wb.createCellStyle();
            XSSFFont boldFont = wb.createFont();
            boldFont.setBold(true);
            head.setFont(boldFont);
            Sheet s = wb.createSheet(label.apply("plans.annual.sheet.achievements"));
            header(s, heads(ACHIEVEMENT_HEAD, label), head);
            int i = 1;
            for (AnnualReport.Row row : r.rows()) {
                Row x = s.createRow(i);
                x.createCell(0).setCellValue(i);
                x.createCell(1).setCellValue(row.cluster());
                x.createCell(2).setCellValue(row.indicator());
                x.createCell(3).setCellValue(row.unit());
                x.createCell(4).setCellValue(row.agency());
                num(x, 5, row.baseline());
                num(x, 6, row.target());
                num(x, 7, row.achieved());
                num(x, 8, row.percent());
                i++;
            }
            Sheet b = wb.createSheet(label.apply("plans.annual.sheet.budget"));
            header(b, heads(BUDGET_HEAD, label), head);
            int j = 1;
            for (AnnualReport.BudgetRow row : r.budget()) {
                Row x = b.createRow(j++);
                x.createCell(0).setCellValue(row.activity());
                x.createCell(1).setCellValue(row.source().name());
                num(x, 2, row.allocated());
                num(x, 3, row.realised());
                num(x, 4, row.percent());
            }
            Sheet t = wb.createSheet(label.apply("plans.annual.sheet.texts"));
            int k = 0;
            for (Section sec : Section.values()) {
                Row x = t.createRow(k++);
                x.createCell(0).setCellValue(label.apply(sec.labelKey()));
                x.getCell(0).setCellStyle(head);
                x.createCell(1).setCellValue(r.text(sec));
            }
            for (AnnualReport.Obstacle o : r.obstacles()) {
                Row x = t.createRow(k++);
                x.createCell(0).setCellValue(o.indicator() + " (T" + o.quarter() + ")");
                x.createCell(1).setCellValue(o.text());
            }
            s.setColumnWidth(2, 60 * 256);
            b.setColumnWidth(0, 50 * 256);
            t.setColumnWidth(1, 100 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(PdfPages pdf, Function<String, String> label, Section s, AnnualReport r) {
        pdf.heading(label.apply(s.labelKey()), 12);
        pdf.paragraph(r.text(s).isBlank() ? "-" : r.text(s), 10, false);
    }

    private static String[] heads(String[] keys, Function<String, String> label) {
        String[] out = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = label.apply(keys[i]);
        }
        return out;
    }

    private static void header(Sheet s, String[] heads, CellStyle style) {
        Row h = s.createRow(0);
        for (int i = 0; i < heads.length; i++) {
            h.createCell(i).setCellValue(heads[i]);
            h.getCell(i).setCellStyle(style);
        }
    }

    private static void num(Row x, int col, java.math.BigDecimal v) {
        if (v != null) {
            x.createCell(col).setCellValue(v.doubleValue());
        }
    }
}
