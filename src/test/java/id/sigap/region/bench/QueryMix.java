package id.sigap.region.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * A realistic, reproducible mix of what people type into a region field, drawn from the loaded regions with a fixed
 * seed: whole names of regencies, districts and villages, names with "kab"/"kota"/"kabupaten" in any order,
 * partial words as typed letter by letter, two-word prefixes, codes with and without dots, typos, abbreviations.
 */
final class QueryMix {

    private final Random random = new Random(20251124L);
    private final Map<String, List<String>> byKind = new LinkedHashMap<>();

    static QueryMix draw(DataSource db) throws SQLException {
        QueryMix mix = new QueryMix();
        try (Connection c = db.getConnection()) {
            List<String[]> regencies = rows(c, 2);
            List<String[]> districts = rows(c, 3);
            List<String[]> villages = rows(c, 4);
            mix.fill(regencies, districts, villages);
        }
        return mix;
    }

    private void fill(List<String[]> regencies, List<String[]> districts, List<String[]> villages) {
        for (int i = 0; i < 30; i++) {
            String name = pick(regencies)[1];
            String base = name.replaceFirst("^(Kabupaten|Kota) (Administrasi )?", "");
            String kind = name.startsWith("Kota") ? "kota" : "kab";
            add(
                    "regency name",
                    switch (i % 5) {
                        case 0 -> name;
                        case 1 -> base.toLowerCase(Locale.ROOT);
                        case 2 -> kind + " " + base.toLowerCase(Locale.ROOT);
                        case 3 -> base + " " + kind;
                        default -> kind.equals("kab") ? "Kab. " + base : "kota " + base.toLowerCase(Locale.ROOT);
                    });
        }
        for (int i = 0; i < 40; i++) {
            add("district name", pick(districts)[1]);
        }
        for (int i = 0; i < 50; i++) {
            add("village name", pick(villages)[1]);
        }
        for (int i = 0; i < 50; i++) {
            String word = firstWord(pick(i % 2 == 0 ? villages : districts)[1]);
            add(
                    "partial word",
                    word.substring(0, Math.min(word.length(), 2 + i % 4)).toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < 20; i++) {
            String name = pick(villages)[1];
            int space = name.indexOf(' ');
            if (space > 0 && space + 2 < name.length()) {
                add(
                        "two-word prefix",
                        name.substring(0, space + 2 + random.nextInt(Math.max(1, name.length() - space - 2))));
            } else {
                i--;
            }
        }
        for (int i = 0; i < 25; i++) {
            String code = pick(i % 2 == 0 ? villages : districts)[0];
            add(
                    "code",
                    switch (i % 5) {
                        case 0 -> code;
                        case 1 -> code.substring(0, 5);
                        case 2 -> code.replace(".", "");
                        case 3 -> code.substring(0, 2);
                        default -> code.substring(0, code.length() - 1);
                    });
        }
        for (int i = 0; i < 25; i++) {
            add("typo", typo(pick(i % 3 == 0 ? regencies : villages)[1]));
        }
        for (String q : List.of(
                "jkt",
                "ntt",
                "jabar",
                "kalsel",
                "jogja",
                "kupang",
                "Kota Kupang",
                "kab kupang",
                "kabupaten kupang",
                "kupang kota")) {
            add("abbreviation / example", q);
        }
    }

    private String typo(String name) {
        String s = name.replaceFirst("^(Kabupaten|Kota) ", "").toLowerCase(Locale.ROOT);
        if (s.length() < 5) {
            return s;
        }
        int at = 1 + random.nextInt(s.length() - 2);
        return s.substring(0, at) + s.substring(at + 1);
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private String[] pick(List<String[]> rows) {
        return rows.get(random.nextInt(rows.size()));
    }

    private void add(String kind, String query) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(query);
    }

    Map<String, List<String>> byKind() {
        return byKind;
    }

    List<String> all() {
        return byKind.values().stream().flatMap(List::stream).toList();
    }

    private static List<String[]> rows(Connection c, int level) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT code, name FROM region.admin_region WHERE level = " + level + " ORDER BY code")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }
}
