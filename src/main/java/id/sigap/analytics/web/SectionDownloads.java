package id.sigap.analytics.web;

import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.analytics.internal.PreventionFigures;
import id.sigap.analytics.internal.Section;
import id.sigap.shared.SigapException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * The interception, outreach and action-plan tables of the dashboard as CSV (UTF-8, comma) or XLSX: {@code
 * /dasbor/bagian/unduh?tabel=INTERCEPTIONS&format=csv} with the dashboard's filters and the same scope rules.
 */
@Controller
class SectionDownloads {

    private final DashboardFilters filters;
    private final PreventionFigures figures;
    private final MessageSource messages;

    SectionDownloads(DashboardFilters filters, PreventionFigures figures, MessageSource messages) {
        this.filters = filters;
        this.figures = figures;
        this.messages = messages;
    }

    @GetMapping("/dasbor/bagian/unduh")
    ResponseEntity<byte[]> download(
            @RequestParam(name = "tabel") String name,
            @RequestParam(name = "format", defaultValue = "csv") String format,
            @RequestParam(name = "wilayah", required = false) String region,
            @RequestParam(name = "dari", required = false) String from,
            @RequestParam(name = "sampai", required = false) String to,
            Locale locale) {
        Filter filter = filters.filter(region, from, to);
        if (!PreventionFigures.NAMES.contains(name)) {
            throw new SigapException.Invalid("tabel", "analytics.table-invalid");
        }
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new SigapException.Invalid("format", "analytics.format-invalid");
        }
        Section section = figures.section(name, filter, locale);
        List<String> header = new ArrayList<>();
        header.add(messages.getMessage("analytics.column.code", null, locale));
        header.add(messages.getMessage("analytics.column.label", null, locale));
        header.addAll(section.columns());
        String base = "sigap-" + name.toLowerCase(Locale.ROOT) + "-" + filter.fromYear() + "-" + filter.toYear()
                + (filter.region() == null ? "" : "-" + filter.region()) + "." + format;
        boolean xlsx = "xlsx".equals(format);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(xlsx ? DashboardDownloads.XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.setContentDisposition(
                ContentDisposition.attachment().filename(base).build());
        return ResponseEntity.ok().headers(headers).body(xlsx ? xlsx(section, header) : csv(section, header));
    }

    static byte[] csv(Section section, List<String> header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (Section.Row r : section.rows()) {
                List<String> cells = new ArrayList<>(List.of(r.code(), r.label()));
                for (int i = 0; i < r.values().size(); i++) {
                    cells.add(r.text(i));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(Section section, List<String> header) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet(section.name());
            var first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            int n = 1;
            for (Section.Row r : section.rows()) {
                var row = sheet.createRow(n++);
                row.createCell(0).setCellValue(r.code());
                row.createCell(1).setCellValue(r.label());
                for (int i = 0; i < r.values().size(); i++) {
                    Number v = r.values().get(i);
                    if (v != null) {
                        row.createCell(2 + i).setCellValue(Double.parseDouble(r.text(i)));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
