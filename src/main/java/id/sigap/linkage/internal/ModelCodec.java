package id.sigap.linkage.internal;

import id.sigap.linkage.engine.FellegiSunter;
import id.sigap.linkage.engine.Fields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A Fellegi–Sunter model of the core fields as JSON ({@code lambda}, {@code m}, {@code u}), to store with a run. */
final class ModelCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ModelCodec() {}

    static String write(FellegiSunter model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("lambda", model.lambda());
        root.set("m", matrix(model.m()));
        root.set("u", matrix(model.u()));
        return root.toString();
    }

    static FellegiSunter read(String json) {
        JsonNode root = JSON.readTree(json);
        return new FellegiSunter(
                Fields.core(), root.get("lambda").asDouble(), matrix(root.get("m")), matrix(root.get("u")));
    }

    private static ArrayNode matrix(double[][] values) {
        ArrayNode rows = JSON.createArrayNode();
        for (double[] row : values) {
            ArrayNode r = rows.addArray();
            for (double v : row) {
                r.add(v);
            }
        }
        return rows;
    }

    private static double[][] matrix(JsonNode node) {
        double[][] out = new double[node.size()][];
        for (int f = 0; f < node.size(); f++) {
            JsonNode row = node.get(f);
            out[f] = new double[row.size()];
            for (int l = 0; l < row.size(); l++) {
                out[f][l] = row.get(l).asDouble();
            }
        }
        return out;
    }
}
