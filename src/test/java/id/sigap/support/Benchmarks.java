package id.sigap.support;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the benchmarks: classes named {@code *Benchmark} with a {@code main} method in a {@code bench} package of the
 * test classes ({@code id.sigap.region.bench.RegionsBenchmark} is {@code regions}). {@code ./sigap bench NAME} runs
 * one, {@code ./sigap bench} all, each in turn (once: a benchmark that runs others names them in
 * {@code COVERS}, and those are not run again). Benchmarks are not tests: surefire and failsafe do not pick them up.
 */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        String wanted = args.length == 0 || args[0].isBlank() || args[0].startsWith("${")
                ? ""
                : args[0].strip().toLowerCase(Locale.ROOT);
        List<String> all = discover();
        List<String> covered = wanted.isEmpty() ? covered(all) : List.of();
        List<String> chosen = all.stream()
                .filter(c -> wanted.isEmpty() || nameOf(c).equals(wanted))
                .filter(c -> !covered.contains(nameOf(c)))
                .toList();
        if (chosen.isEmpty()) {
            System.err.println("No benchmark named '" + wanted + "'. Available: "
                    + all.stream().map(Benchmarks::nameOf).toList());
            System.exit(2);
        }
        for (String c : chosen) {
            System.out.println("== benchmark " + nameOf(c) + " (" + c + ")");
            Method main = Class.forName(c).getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        }
    }

    /** Benchmarks another one runs as well (its {@code public static final String COVERS = "a,b"}). */
    private static List<String> covered(List<String> all) throws ClassNotFoundException {
        List<String> out = new java.util.ArrayList<>();
        for (String c : all) {
            try {
                Object covers = Class.forName(c).getField("COVERS").get(null);
                out.addAll(List.of(String.valueOf(covers).split(",")));
            } catch (NoSuchFieldException | IllegalAccessException none) {
                // covers nothing else
            }
        }
        return out;
    }

    static String nameOf(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        // LinkageIncrementalBenchmark is linkage-incremental
        return simple.substring(0, simple.length() - "Benchmark".length())
                .replaceAll("([a-z])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }

    private static List<String> discover() throws IOException, URISyntaxException {
        Path root = Path.of(Benchmarks.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString().replace('/', '.'))
                    .filter(p -> p.endsWith("Benchmark.class") && p.contains(".bench."))
                    .map(p -> p.substring(0, p.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
    }
}
