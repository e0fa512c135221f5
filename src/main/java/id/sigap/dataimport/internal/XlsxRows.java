package id.sigap.dataimport.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file row by row with POI's streaming (SAX) reader, so a large file never becomes a
 * whole workbook in memory. Formula cells give their cached result; date cells come as ISO dates (yyyy-MM-dd), whole
 * numbers without exponent or decimals (a NIK typed as a number stays 16 digits).
 */
final class XlsxRows {

    private XlsxRows() {}

    static void read(byte[] content, Consumer<RawRow> rows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("import.xlsx-no-sheet", null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, strings, new Handler(rows), new IsoFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (UnreadableFile | RowLimitReached e) {
            throw e;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            throw new UnreadableFile("import.xlsx-unreadable", e);
        }
    }

    private static final class Handler implements SheetContentsHandler {
        private final Consumer<RawRow> rows;
        private List<String> cells = new ArrayList<>();

        Handler(Consumer<RawRow> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.accept(new RawRow(rowNum + 1, cells));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            if (col > 200) {
                return;
            }
            while (cells.size() < col) {
                cells.add(null);
            }
            cells.add(formattedValue);
        }
    }

    /** Dates as yyyy-MM-dd whatever the cell's display format; integral numbers as plain digits. */
    private static final class IsoFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e17) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
