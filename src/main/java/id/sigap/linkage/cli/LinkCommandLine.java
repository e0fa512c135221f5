package id.sigap.linkage.cli;

import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.engine.Linker;
import id.sigap.linkage.engine.PersonRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./sigap link --input persons.csv [--input other.csv] --output clusters.csv [--columns from=to,…]}: links
 * CSV files of person records outside the database with the linkage engine. Writes {@code id,cluster_id} (with two
 * inputs also {@code source}, 1 or 2; only links across the files are made), and prints the run time and the number
 * of clusters. Exit code 0 on success, 2 on bad arguments or input.
 */
public final class LinkCommandLine {

    private LinkCommandLine() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        Path output = null;
        Map<String, String> renames = new HashMap<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value = a.contains("=") && a.startsWith("--") ? a.substring(a.indexOf('=') + 1) : null;
                String option = value == null ? a : a.substring(0, a.indexOf('='));
                if (value == null && i + 1 < args.length && option.startsWith("--")) {
                    value = args[++i];
                }
                switch (option) {
                    case "--input" -> inputs.add(Path.of(value));
                    case "--output" -> output = Path.of(value);
                    case "--columns" -> renames.putAll(renames(value));
                    default -> throw new IllegalArgumentException("unknown argument: " + a);
                }
            }
            if (inputs.isEmpty() || inputs.size() > 2 || output == null) {
                throw new IllegalArgumentException(
                        "usage: ./sigap link --input persons.csv [--input other.csv] --output clusters.csv"
                                + " [--columns from=to,...]");
            }
            long start = System.nanoTime();
            List<PersonRecord> records = new ArrayList<>();
            Set<String> extras = new LinkedHashSet<>();
            for (int s = 0; s < inputs.size(); s++) {
                CsvPersons.Read read = CsvPersons.read(inputs.get(s), s, renames);
                records.addAll(read.records());
                extras.addAll(read.extras());
            }
            Linker.Result result = new Linker(Linker.Settings.DEFAULT).link(records, new Fields(List.copyOf(extras)));
            write(output, records, result.cluster(), inputs.size() > 1);
            out.printf(
                    Locale.ROOT,
                    "linked %d records from %d file(s) into %d clusters in %.2f s (%d comparisons)%n",
                    records.size(),
                    inputs.size(),
                    result.clusterCount(),
                    (System.nanoTime() - start) / 1e9,
                    result.comparisons());
            return 0;
        } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
            err.println("link: " + e.getMessage());
            return 2;
        }
    }

    static Map<String, String> renames(String spec) {
        Map<String, String> out = new HashMap<>();
        for (String pair : spec.split(",")) {
            String[] ft = pair.split("=");
            if (ft.length != 2 || ft[0].isBlank() || ft[1].isBlank()) {
                throw new IllegalArgumentException("--columns expects from=to,...: " + pair);
            }
            out.put(ft[0].strip().toLowerCase(Locale.ROOT), ft[1].strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static void write(Path output, List<PersonRecord> records, int[] cluster, boolean twoSources)
            throws IOException {
        Map<Integer, Integer> numbers = new HashMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write(twoSources ? "id,cluster_id,source\n" : "id,cluster_id\n");
            for (int i = 0; i < records.size(); i++) {
                int number = numbers.computeIfAbsent(cluster[i], k -> numbers.size() + 1);
                w.write(csv(records.get(i).id()) + "," + number
                        + (twoSources ? "," + (records.get(i).source() + 1) : "") + "\n");
            }
        }
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }
}
