package id.sigap.exchange.internal;

import id.sigap.shared.SigapException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** HTCDS records as CSV (header row of field names) or JSON ({@code {"standard", "attribution", "records": [...]}}). */
public final class HtcdsFiles {

    public static final String ATTRIBUTION = "Human Trafficking Case Data Standard (HTCDS) 2.0 by IOM, licensed under"
            + " CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); field names and code lists of the standard."
            + " No endorsement by IOM is implied.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HtcdsFiles() {}

    public static String csv(List<String> columns, List<Map<String, String>> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(columns.toArray(String[]::new))
                        .get())) {
            for (Map<String, String> r : records) {
                p.printRecord(columns.stream().map(c -> r.getOrDefault(c, "")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String json(List<String> columns, List<Map<String, String>> records) {
        ObjectNode root = JSON.createObjectNode();
        root.put("standard", "HTCDS 2.0");
        root.put("attribution", ATTRIBUTION);
        ArrayNode list = root.putArray("records");
        for (Map<String, String> r : records) {
            ObjectNode o = list.addObject();
            columns.forEach(c -> o.put(c, r.getOrDefault(c, "")));
        }
        return JSON.writeValueAsString(root);
    }

    /** The records of a CSV or JSON file, in file order; {@code exchange.unreadable} when neither parses. */
    public static List<Map<String, String>> read(String content) {
        String text = content.strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                JsonNode root = JSON.readTree(text);
                JsonNode records = root.isArray() ? root : root.path("records");
                List<Map<String, String>> out = new ArrayList<>();
                for (JsonNode r : records) {
                    Map<String, String> m = new LinkedHashMap<>();
                    r.properties()
                            .forEach(e -> m.put(
                                    e.getKey(),
                                    e.getValue().isNull() ? "" : e.getValue().asString()));
                    out.add(m);
                }
                return out;
            } catch (JacksonException e) {
                throw new SigapException.Invalid("file", "exchange.unreadable");
            }
        }
        try (CSVParser p = CSVParser.parse(
                new StringReader(text),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord r : p) {
                out.add(new LinkedHashMap<>(r.toMap()));
            }
            return out;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new SigapException.Invalid("file", "exchange.unreadable");
        }
    }
}
