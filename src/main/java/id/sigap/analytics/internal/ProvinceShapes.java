package id.sigap.analytics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 38 provinces as SVG paths for the choropleth drawn on the server (no tiles, no script): a simplified copy of
 * the boundaries (analytics/provinces-38-simplified.geojson, CC BY 4.0, credit {@link #ATTRIBUTION}) with Kemendagri
 * codes, in a plain longitude/latitude projection.
 */
@Component
public class ProvinceShapes {

    public static final String ATTRIBUTION = "Indonesia GeoJSON & TopoJSON Maps (38 Provinces), CC BY 4.0";
    static final double WEST = 94.5;
    static final double NORTH = 6.5;
    static final double SCALE = 20;
    /** The SVG viewBox: 47 degrees of longitude by 18 of latitude. */
    public static final String VIEW_BOX = "0 0 940 360";

    private static final String FILE = "analytics/provinces-38-simplified.geojson";

    /** A province: Kemendagri code, name and the SVG path data of its outline. */
    public record Shape(String code, String name, String path) {}

    private final List<Shape> shapes;

    public ProvinceShapes() {
        this.shapes = load();
    }

    public List<Shape> shapes() {
        return shapes;
    }

    private static List<Shape> load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Shape> out = new ArrayList<>();
            for (JsonNode f : root.get("features")) {
                StringBuilder d = new StringBuilder();
                for (JsonNode polygon : f.get("geometry").get("coordinates")) {
                    for (JsonNode ring : polygon) {
                        boolean first = true;
                        for (JsonNode point : ring) {
                            double x = (point.get(0).asDouble() - WEST) * SCALE;
                            double y = (NORTH - point.get(1).asDouble()) * SCALE;
                            d.append(first ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                            first = false;
                        }
                        d.append('Z');
                    }
                }
                JsonNode p = f.get("properties");
                out.add(new Shape(p.get("code").asString(), p.get("name").asString(), d.toString()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
