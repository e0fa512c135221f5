package id.sigap.linkage.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The FEBRL benchmark files (shared/data/linkage/febrl, beside the repository) as person records, and pairwise
 * precision and recall of a clustering against their ground truth (records of one person share the N of rec-N-…).
 */
public final class Febrl {

    public static final List<String> EXTRAS =
            List.of("street_number", "address_1", "address_2", "suburb", "postcode", "state");

    private Febrl() {}

    /**
     * The FEBRL files shipped with the tests ({@code src/test/resources/linkage/febrl}, with their README and
     * licence), or else the shared data folder beside the repository.
     */
    public static Path folder() {
        java.net.URL shipped = Febrl.class.getResource("/linkage/febrl/dataset3.csv");
        if (shipped != null && "file".equals(shipped.getProtocol())) {
            try {
                return Path.of(shipped.toURI()).getParent();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/linkage/febrl");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("FEBRL data not found in shared/data/linkage/febrl above " + dir);
    }

    /** The records of one file; the source is {@code source}. */
    public static List<PersonRecord> read(String file, int source) {
        try {
            List<String> lines = Files.readAllLines(folder().resolve(file));
            List<PersonRecord> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.replace("\r", "").split(",", -1);
                if (f.length < 11) {
                    continue;
                }
                Map<String, String> extras = new LinkedHashMap<>();
                for (int i = 0; i < EXTRAS.size(); i++) {
                    String v = f[3 + i].strip();
                    if (!v.isEmpty()) {
                        extras.put(EXTRAS.get(i), v);
                    }
                }
                out.add(new PersonRecord(
                        f[0].strip(),
                        source,
                        blank(f[1]),
                        blank(f[2]),
                        null,
                        null,
                        blank(f[9]),
                        blank(f[10]),
                        null,
                        null,
                        null,
                        null,
                        extras));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blank(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static String entity(String recId) {
        return recId.split("-")[1];
    }

    /** Pairwise quality of a clustering. */
    public record Quality(long truePairs, long predictedPairs, long correctPairs) {
        public double precision() {
            return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        }

        public double recall() {
            return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        }

        public double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        @Override
        public String toString() {
            return String.format(
                    java.util.Locale.ROOT,
                    "precision %.4f recall %.4f F1 %.4f (true %d, predicted %d, correct %d)",
                    precision(),
                    recall(),
                    f1(),
                    truePairs,
                    predictedPairs,
                    correctPairs);
        }
    }

    /** Pairs inside clusters against pairs inside entities; with two sources only pairs across them count. */
    public static Quality quality(List<PersonRecord> records, int[] cluster) {
        return quality(records, cluster, Febrl::entity);
    }

    /** The same, with the entity of a record read from its id by {@code entityOf}. */
    public static Quality quality(
            List<PersonRecord> records, int[] cluster, java.util.function.Function<String, String> entityOf) {
        boolean cross =
                records.stream().mapToInt(PersonRecord::source).distinct().count() > 1;
        Map<String, long[]> byEntity = new HashMap<>();
        Map<Integer, long[]> byCluster = new HashMap<>();
        Map<String, long[]> byBoth = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i);
            String e = entityOf.apply(r.id());
            int s = cross ? r.source() : 0;
            byEntity.computeIfAbsent(e, k -> new long[2])[s]++;
            byCluster.computeIfAbsent(cluster[i], k -> new long[2])[s]++;
            byBoth.computeIfAbsent(e + "/" + cluster[i], k -> new long[2])[s]++;
        }
        return new Quality(pairs(byEntity, cross), pairs(byCluster, cross), pairs(byBoth, cross));
    }

    private static long pairs(Map<?, long[]> groups, boolean cross) {
        long n = 0;
        for (long[] c : groups.values()) {
            n += cross ? c[0] * c[1] : c[0] * (c[0] - 1) / 2;
        }
        return n;
    }
}
