package id.sigap.publicstats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.publicstats.DisclosureChecker;
import id.sigap.publicstats.disclosure.LinkedTables.CountTable;
import id.sigap.publicstats.disclosure.LinkedTables.Published;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Suppression on data built to tempt it, checked by {@link DisclosureChecker} (exact elimination over the published
 * equations, independent of {@link Derivability}): no published cell from 1 to 10, no suppressed cell recoverable
 * from the row, column and grand totals of the two linked tables, and the published totals are the true ones.
 */
class LinkedTablesTest {

    static final List<String> SEX_AGE = List.of("WOMEN", "MEN", "GIRLS", "BOYS", "UNKNOWN");
    static final List<String> FORMS = List.of("SEXUAL", "LABOUR", "OTHER");

    @Test
    void a_province_with_three_girls_is_hidden_and_cannot_be_recovered_from_its_total() {
        List<String> rows = List.of("32", "53", "63");
        int[][] sexAge = {
            {120, 80, 25, 14, 0}, // Jawa Barat
            {40, 25, 3, 0, 0}, // NTT: three girls, the row total 68 would reveal them
            {30, 22, 12, 11, 0}
        };
        int[][] forms = {
            {150, 80, 9},
            {45, 20, 3},
            {50, 25, 0}
        };
        Published p = LinkedTables.publish(
                rows, List.of(new CountTable("SEX_AGE", SEX_AGE, sexAge), new CountTable("FORM", FORMS, forms)), 11);

        assertThat(p.tables().get(0).cells()[1][2]).as("three girls in NTT").isNull();
        assertThat(p.tables().get(1).cells()[1][2]).as("three in OTHER in NTT").isNull();
        DisclosureChecker checker = checker(p);
        assertThat(checker.smallPublished(11)).isEmpty();
        assertThat(checker.recoverable()).isEmpty();
        assertThat(checker.inconsistent(truth(p, rows, sexAge, forms))).isEmpty();
        // the published totals are the true ones
        assertThat(p.grandTotal()).isEqualTo(382);
    }

    @Test
    void primary_suppression_alone_would_be_recovered_and_the_checker_sees_it() {
        List<String> rows = List.of("53", "63");
        int[][] sexAge = {{40, 25, 3, 20, 0}, {30, 22, 12, 11, 15}};
        int[][] forms = {{45, 43, 0}, {50, 25, 15}};
        Published p = LinkedTables.publish(
                rows, List.of(new CountTable("SEX_AGE", SEX_AGE, sexAge), new CountTable("FORM", FORMS, forms)), 11);
        // the same tables with only the 3 hidden: the NTT total gives it away
        Integer[][] naive = {{40, 25, null, 20, 0}, {30, 22, 12, 11, 15}};
        Published leaky = new Published(
                rows,
                new Integer[] {88, 90},
                178,
                List.of(
                        new LinkedTables.PublishedTable("SEX_AGE", SEX_AGE, naive, new Integer[] {70, 47, 15, 31, 15}),
                        new LinkedTables.PublishedTable(
                                "FORM", FORMS, new Integer[][] {{45, 43, 0}, {50, 25, 15}}, new Integer[] {95, 68, 15
                                })));
        assertThat(checker(leaky).recoverable()).containsExactly("SEX_AGE/53/GIRLS");
        assertThat(checker(p).recoverable()).isEmpty();
        assertThat(checker(p).smallPublished(11)).isEmpty();
    }

    @Test
    void random_linked_tables_of_small_counts_never_leak() {
        SplittableRandom random = new SplittableRandom(20261124);
        for (int round = 0; round < 300; round++) {
            int r = 1 + random.nextInt(6);
            List<String> rows = new ArrayList<>();
            int[][] sexAge = new int[r][SEX_AGE.size()];
            int[][] forms = new int[r][FORMS.size()];
            for (int i = 0; i < r; i++) {
                rows.add(String.format("%02d", 11 + i));
                int persons = random.nextInt(random.nextBoolean() ? 15 : 80);
                for (int k = 0; k < persons; k++) {
                    sexAge[i][skewed(random, SEX_AGE.size())]++;
                    forms[i][skewed(random, FORMS.size())]++;
                }
            }
            Published p = LinkedTables.publish(
                    rows,
                    List.of(new CountTable("SEX_AGE", SEX_AGE, sexAge), new CountTable("FORM", FORMS, forms)),
                    11);
            DisclosureChecker checker = checker(p);
            assertThat(checker.smallPublished(11)).as("round %d", round).isEmpty();
            assertThat(checker.recoverable()).as("round %d", round).isEmpty();
            assertThat(checker.inconsistent(truth(p, rows, sexAge, forms)))
                    .as("round %d", round)
                    .isEmpty();
        }
    }

    private static int skewed(SplittableRandom random, int n) {
        int i = 0;
        while (i < n - 1 && random.nextInt(3) == 0) {
            i++;
        }
        return random.nextInt(4) == 0 ? random.nextInt(n) : i;
    }

    /** The reader's view: the published cells of both tables and every equation between them. */
    static DisclosureChecker checker(Published p) {
        DisclosureChecker c = new DisclosureChecker();
        List<String> rowTotals = new ArrayList<>();
        for (int i = 0; i < p.rows().size(); i++) {
            c.cell("TOTAL/" + p.rows().get(i), p.rowTotals()[i]);
            rowTotals.add("TOTAL/" + p.rows().get(i));
        }
        c.cell("TOTAL/ID", p.grandTotal());
        c.sum(rowTotals, "TOTAL/ID");
        for (LinkedTables.PublishedTable t : p.tables()) {
            List<String> columnTotals = new ArrayList<>();
            for (int j = 0; j < t.columns().size(); j++) {
                List<String> column = new ArrayList<>();
                for (int i = 0; i < p.rows().size(); i++) {
                    String key =
                            t.id() + "/" + p.rows().get(i) + "/" + t.columns().get(j);
                    c.cell(key, t.cells()[i][j]);
                    column.add(key);
                }
                String total = t.id() + "/ID/" + t.columns().get(j);
                c.cell(total, t.columnTotals()[j]);
                c.sum(column, total);
                columnTotals.add(total);
            }
            c.sum(columnTotals, "TOTAL/ID");
            for (int i = 0; i < p.rows().size(); i++) {
                List<String> row = new ArrayList<>();
                for (String col : t.columns()) {
                    row.add(t.id() + "/" + p.rows().get(i) + "/" + col);
                }
                c.sum(row, "TOTAL/" + p.rows().get(i));
            }
        }
        return c;
    }

    static Map<String, Integer> truth(Published p, List<String> rows, int[][] sexAge, int[][] forms) {
        Map<String, Integer> t = new HashMap<>();
        int grand = 0;
        for (int i = 0; i < rows.size(); i++) {
            int total = java.util.Arrays.stream(sexAge[i]).sum();
            t.put("TOTAL/" + rows.get(i), total);
            grand += total;
        }
        t.put("TOTAL/ID", grand);
        put(t, "SEX_AGE", rows, SEX_AGE, sexAge);
        put(t, "FORM", rows, FORMS, forms);
        return t;
    }

    private static void put(Map<String, Integer> t, String id, List<String> rows, List<String> cols, int[][] counts) {
        for (int j = 0; j < cols.size(); j++) {
            int sum = 0;
            for (int i = 0; i < rows.size(); i++) {
                t.put(id + "/" + rows.get(i) + "/" + cols.get(j), counts[i][j]);
                sum += counts[i][j];
            }
            t.put(id + "/ID/" + cols.get(j), sum);
        }
    }
}
