package id.sigap.estimation.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The reference MSE data sets of src/test/resources/estimation/mse (see its README for sources and licence). */
final class MseData {

    private MseData() {}

    static CaptureHistories table(String name) {
        try (var in = MseData.class.getResourceAsStream("/estimation/mse/data/" + name + ".csv")) {
            return CaptureHistories.fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1000 bootstrap estimates of the reference R implementation, seed 1234. */
    static double[] bootreps(String name) {
        return column("/estimation/mse/bootstrap/" + name + "_bootreps_seed1234.csv", 0);
    }

    /** The reference delete-one jackknife estimate of each row (last column). */
    static double[] jackknife(String name) {
        return column("/estimation/mse/bootstrap/" + name + "_jackknife.csv", -1);
    }

    private static double[] column(String resource, int index) {
        try (var in = MseData.class.getResourceAsStream(resource)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            List<Double> values = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(",");
                values.add(Double.parseDouble(parts[index < 0 ? parts.length + index : index]));
            }
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
