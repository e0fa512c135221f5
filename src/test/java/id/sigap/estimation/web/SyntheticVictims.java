package id.sigap.estimation.web;

import id.sigap.cases.BulkLoad;
import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.organization.Agency;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.springframework.transaction.support.TransactionTemplate;

/** Synthetic victims of NTT registered anew by each agency (own case, own person row) that caught them. */
record SyntheticVictims(BulkLoad bulkLoad, TransactionTemplate tx, List<Agency> mine) {

    static final String[] SYLLABLES = {
        "ma", "ri", "to", "na", "ke", "lu", "sa", "di", "po", "ya", "fe", "go", "ba", "ni"
    };

    /**
     * Loads a hidden population of {@code n} victims; list {@code i} catches a victim with probability {@code p[i]}
     * (police and UPTD PPA positively dependent: a police catch doubles the UPTD chance). Every catch is a case of
     * that agency with its own person record. Returns the observed capture patterns and their counts.
     */
    Map<Integer, Integer> load(int year, int n, double[] p, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ System.nanoTime());
        Map<Integer, Integer> patterns = new TreeMap<>();
        List<BulkLoadCase> cases = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int pattern = 0;
            for (int i = 0; i < p.length; i++) {
                double chance = i == 1 && (pattern & 1) != 0 ? Math.min(1, 2 * p[i]) : p[i];
                if (random.nextDouble() < chance) {
                    pattern |= 1 << i;
                }
            }
            if (pattern == 0) {
                continue;
            }
            patterns.merge(pattern, 1, Integer::sum);
            String name = word(random) + " " + word(random) + " " + word(random);
            LocalDate born = LocalDate.of(1975 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String nik = "5371" + String.format("%012d", random.nextLong(1_000_000_000_000L));
            OffsetDateTime opened = OffsetDateTime.of(
                    year, 1 + random.nextInt(12), 1 + random.nextInt(28), 10, 0, 0, 0, ZoneOffset.ofHours(8));
            for (int i = 0; i < p.length; i++) {
                if ((pattern & (1 << i)) != 0) {
                    long agency = mine.get(i).id();
                    var victim = new BulkLoadCase.Person(
                            agency,
                            "53.71",
                            name,
                            null,
                            "F",
                            born,
                            null,
                            "ID",
                            null,
                            null,
                            nik,
                            null,
                            null,
                            null,
                            PersonRole.VICTIM,
                            null);
                    cases.add(new BulkLoadCase(
                            agency,
                            "53.71",
                            CaseStatus.OPEN,
                            null,
                            null,
                            false,
                            false,
                            opened,
                            null,
                            List.of(victim),
                            List.of(),
                            List.of(),
                            List.of()));
                }
            }
        }
        tx.executeWithoutResult(s -> bulkLoad.load("test:dark-figure", cases));
        return patterns;
    }

    private static String word(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int len = 2 + random.nextInt(2);
        for (int i = 0; i < len; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }
}
