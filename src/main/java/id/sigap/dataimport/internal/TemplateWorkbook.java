package id.sigap.dataimport.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The downloadable import template in one language: a data sheet whose header is the column labels (required ones
 * marked *) with input validation in the sheet itself (dropdowns for the code lists, date and number ranges, text
 * lengths, dates and identifiers formatted so that Excel does not mangle them), and a README sheet explaining each
 * column. Either language's template is read the same way.
 */
@Component
public class TemplateWorkbook {

    static final int VALIDATED_ROWS = SheetCheck.MAX_ROWS;

    private final MessageSource messages;

    TemplateWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] build(Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet(text("import.template.data-sheet", locale));
            Sheet readme = wb.createSheet(text("import.template.readme-sheet", locale));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle textFormat = wb.createCellStyle();
            textFormat.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row header = data.createRow(0);
            DataValidationHelper dv = data.getDataValidationHelper();
            for (Column c : Column.values()) {
                int i = c.ordinal();
                var cell = header.createCell(i);
                cell.setCellValue(label(c, locale));
                cell.setCellStyle(bold);
                data.setColumnWidth(
                        i, Math.min(60, Math.max(14, label(c, locale).length() + 4)) * 256);
                if (c.kind() == Column.Kind.DATE) {
                    data.setDefaultColumnStyle(i, date);
                } else {
                    data.setDefaultColumnStyle(i, textFormat);
                }
                DataValidationConstraint constraint = constraint(c, dv, locale);
                if (constraint != null) {
                    DataValidation v =
                            dv.createValidation(constraint, new CellRangeAddressList(1, VALIDATED_ROWS, i, i));
                    v.setShowErrorBox(true);
                    v.createErrorBox(title(label(c, locale)), shorten(text(c.helpKey(), locale)));
                    v.setShowPromptBox(true);
                    v.createPromptBox(title(label(c, locale)), shorten(text(c.helpKey(), locale)));
                    data.addValidationData(v);
                }
            }
            data.createFreezePane(0, 1);
            readme(readme, bold, locale);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DataValidationConstraint constraint(Column c, DataValidationHelper dv, Locale locale) {
        return switch (c.kind()) {
            case CODE, YES_NO -> dv.createExplicitListConstraint(CodeLists.words(c, locale));
            case DATE -> dv.createDateConstraint(OperatorType.BETWEEN, "DATE(1900,1,1)", "TODAY()", "yyyy-mm-dd");
            case NUMBER -> dv.createIntegerConstraint(OperatorType.BETWEEN, "0", "120");
            case TEXT, REGION ->
                c == Column.NIK
                        ? dv.createTextLengthConstraint(OperatorType.EQUAL, "16", null)
                        : dv.createTextLengthConstraint(
                                OperatorType.LESS_OR_EQUAL, String.valueOf(c.maxLength()), null);
        };
    }

    private void readme(Sheet sheet, CellStyle bold, Locale locale) {
        int r = 0;
        sheet.createRow(r++).createCell(0).setCellValue(text("import.template.title", locale));
        for (String key : new String[] {"import.template.intro1", "import.template.intro2", "import.template.intro3"}) {
            sheet.createRow(r++).createCell(0).setCellValue(text(key, locale));
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] heads = {
            "import.template.col-column",
            "import.template.col-required",
            "import.template.col-help",
            "import.template.col-values"
        };
        for (int i = 0; i < heads.length; i++) {
            var cell = head.createCell(i);
            cell.setCellValue(text(heads[i], locale));
            cell.setCellStyle(bold);
        }
        for (Column c : Column.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(label(c, locale));
            row.createCell(1).setCellValue(text(c.required() ? "import.template.yes" : "import.template.no", locale));
            row.createCell(2).setCellValue(text(c.helpKey(), locale));
            row.createCell(3).setCellValue(String.join(", ", CodeLists.words(c, locale)));
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        sheet.setColumnWidth(3, 60 * 256);
    }

    String label(Column c, Locale locale) {
        return text(c.labelKey(), locale) + (c.required() ? " *" : "");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Excel limits prompt texts to 255 characters. */
    private static String shorten(String s) {
        return s.length() <= 250 ? s : s.substring(0, 249) + "…";
    }

    /** Excel limits prompt and error titles to 32 characters. */
    private static String title(String s) {
        return s.length() <= 32 ? s : s.substring(0, 31) + "…";
    }
}
