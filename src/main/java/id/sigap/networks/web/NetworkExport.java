package id.sigap.networks.web;

import id.sigap.networks.internal.NetworkGraph.CaseRef;
import id.sigap.networks.internal.NetworkGraph.Component;
import id.sigap.networks.internal.NetworkGraph.Link;
import id.sigap.networks.internal.NetworkGraph.Member;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.web.ApiController;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The export of one network for investigators: an XLSX workbook with a sheet of suspects (nodes: id, name, cases,
 * centrality) and a sheet of what they share (edges). Only investigators, from their investigator scope; audited as
 * an export and a read of every person in it.
 */
@ApiController
class NetworkExport {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final NetworkViews views;
    private final AuditTrail audit;

    NetworkExport(NetworkViews views, AuditTrail audit) {
        this.views = views;
        this.audit = audit;
    }

    @GetMapping("/api/v1/networks/components/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        SigapUser user = views.user();
        Component c = views.component(views.snapshot(user, NetworkViews.EXPORTERS), id);
        byte[] body = workbook(c);
        audit.record(AuditEvent.Action.EXPORT, "network", id, null, "persons=" + c.size());
        views.auditReads(c);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("jejaring-" + id + ".xlsx")
                                .build()
                                .toString())
                .body(body);
    }

    private byte[] workbook(Component c) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet nodes = wb.createSheet(views.message("networks.export.nodes"));
            header(nodes, "id", "name", "cases", "regions", "betweenness", "degree", "top");
            Map<Long, String> names = new HashMap<>();
            int r = 1;
            for (Member m : c.members()) {
                names.put(m.personId(), m.name());
                Row row = nodes.createRow(r++);
                row.createCell(0).setCellValue(m.personId());
                row.createCell(1).setCellValue(m.name());
                row.createCell(2)
                        .setCellValue(
                                join(m.cases().stream().map(CaseRef::caseNumber).toList()));
                row.createCell(3)
                        .setCellValue(join(m.cases().stream()
                                .map(CaseRef::regionCode)
                                .distinct()
                                .toList()));
                row.createCell(4).setCellValue(m.betweenness());
                row.createCell(5).setCellValue(m.degree());
                row.createCell(6).setCellValue(m.personId() == c.top().personId() ? "1" : "");
            }
            Sheet edges = wb.createSheet(views.message("networks.export.edges"));
            header(edges, "source", "target", "source-name", "target-name", "shared", "places");
            r = 1;
            for (Link l : c.links()) {
                Row row = edges.createRow(r++);
                row.createCell(0).setCellValue(l.source());
                row.createCell(1).setCellValue(l.target());
                row.createCell(2).setCellValue(names.get(l.source()));
                row.createCell(3).setCellValue(names.get(l.target()));
                row.createCell(4)
                        .setCellValue(join(
                                l.kinds().stream().sorted().map(views::label).toList()));
                row.createCell(5).setCellValue(join(l.places().stream().sorted().toList()));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(Sheet sheet, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            row.createCell(i).setCellValue(views.message("networks.export.col." + keys[i]));
        }
    }

    private static String join(List<String> values) {
        return values.stream().collect(Collectors.joining("; "));
    }
}
