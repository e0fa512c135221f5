package id.sigap.analytics.web;

import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.analytics.internal.DashboardView;
import id.sigap.analytics.internal.DashboardView.Line;
import id.sigap.analytics.internal.DashboardView.Table;
import id.sigap.analytics.internal.Measure;
import id.sigap.shared.SigapException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every dashboard table as CSV (UTF-8, comma) or XLSX: {@code /dasbor/unduh?tabel=SEX_AGE&format=csv} with the
 * dashboard's filters. Same scope rules as the page: only aggregates of the viewer's scope, never a person.
 */
@Controller
class DashboardDownloads {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DashboardFilters filters;
    private final DashboardView view;
    private final MessageSource messages;

    DashboardDownloads(DashboardFilters filters, DashboardView view, MessageSource messages) {
        this.filters = filters;
        this.view = view;
        this.messages = messages;
    }

    @GetMapping("/dasbor/unduh")
    ResponseEntity<byte[]> download(
            @RequestParam(name = "tabel") String name,
            @RequestParam(name = "format", defaultValue = "csv") String format,
            @RequestParam(name = "wilayah", required = false) String region,
            @RequestParam(name = "dari", required = false) String from,
            @RequestParam(name = "sampai", required = false) String to,
            Locale locale) {
        Filter filter = filters.filter(region, from, to);
        if (!known(name)) {
            throw new SigapException.Invalid("tabel", "analytics.table-invalid");
        }
        Table table = view.table(name, filter, locale);
        String[] header = {
            text("analytics.column.code", locale),
            text("analytics.column.label", locale),
            text("analytics.column.count", locale),
            text("analytics.column.rate", locale)
        };
        String base = "sigap-" + name.toLowerCase(Locale.ROOT) + "-" + filter.fromYear() + "-" + filter.toYear()
                + (filter.region() == null ? "" : "-" + filter.region());
        byte[] body;
        MediaType type;
        if ("xlsx".equals(format)) {
            body = xlsx(table, header);
            type = XLSX;
            base += ".xlsx";
        } else if ("csv".equals(format)) {
            body = csv(table, header);
            type = new MediaType("text", "csv", StandardCharsets.UTF_8);
            base += ".csv";
        } else {
            throw new SigapException.Invalid("format", "analytics.format-invalid");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(
                ContentDisposition.attachment().filename(base).build());
        return ResponseEntity.ok().headers(headers).body(body);
    }

    static boolean known(String name) {
        if ("AREA".equals(name) || "PERIOD".equals(name)) {
            return true;
        }
        return DashboardView.TABLES.stream().map(Measure::name).anyMatch(name::equals);
    }

    static byte[] csv(Table table, String[] header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            for (Line l : table.lines()) {
                csv.printRecord(l.code(), l.label(), l.n(), l.ratePer100k() == null ? "" : rate(l.ratePer100k()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(Table table, String[] header) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet(table.name());
            var first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            int r = 1;
            for (Line l : table.lines()) {
                var row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.code());
                row.createCell(1).setCellValue(l.label());
                row.createCell(2).setCellValue(l.n());
                if (l.ratePer100k() != null) {
                    row.createCell(3).setCellValue(Double.parseDouble(rate(l.ratePer100k())));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rate(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
