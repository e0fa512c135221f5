package id.sigap.organization.internal;

import id.sigap.organization.FormationStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 38-province boundaries (static/geo/provinces-38.geojson, CC BY 4.0) with Kemendagri codes, coloured by
 * formation status: each feature's properties become {@code code}, {@code name}, {@code formed}, {@code taskForceId}.
 */
@Component
public class ProvinceMap {

    /** Credit required by the licence, as HTML for the map's attribution control. */
    public static final String ATTRIBUTION = "Indonesia GeoJSON &amp; TopoJSON Maps (38 Provinces), "
            + "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>";

    private static final String FILE = "static/geo/provinces-38.geojson";

    private final ObjectMapper json = JsonMapper.builder().build();
    private volatile JsonNode base;

    /** A GeoJSON FeatureCollection of the provinces with their formation status in {@code status}. */
    public JsonNode withStatus(FormationStatus status) {
        Map<String, Long> formed = status.items().stream()
                .filter(i -> i.regionCode().length() == 2 && i.taskForceId() != null)
                .collect(Collectors.toMap(FormationStatus.Item::regionCode, FormationStatus.Item::taskForceId));
        JsonNode copy = base().deepCopy();
        for (JsonNode feature : copy.get("features")) {
            ObjectNode props = (ObjectNode) feature.get("properties");
            Long tf = formed.get(props.get("code").asString());
            props.put("formed", tf != null);
            if (tf != null) {
                props.put("taskForceId", tf);
            }
        }
        ((ObjectNode) copy).put("date", status.date().toString());
        return copy;
    }

    private JsonNode base() {
        JsonNode b = base;
        if (b == null) {
            b = load();
            base = b;
        }
        return b;
    }

    private JsonNode load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            ObjectNode root = (ObjectNode) json.readTree(in);
            for (JsonNode feature : root.get("features")) {
                JsonNode old = feature.get("properties");
                String name = old.get("PROVINSI").asString();
                ObjectNode props = json.createObjectNode();
                props.put("code", ProvinceCodes.kemendagri(old.get("KODE_PROV").asString(), name));
                props.put("name", name);
                ((ObjectNode) feature).set("properties", props);
            }
            root.put("attribution", "Indonesia GeoJSON & TopoJSON Maps (38 Provinces), CC BY 4.0");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
