package id.sigap.bench;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Signed-in users at work: name search within their province ({@code GET /api/v1/persons?q=}), exact NIK search
 * ({@code GET /api/v1/persons?nik=}) and the case page ({@code GET /kasus/{id}}, the HTML a browser receives), each
 * user with its own session; and the baseline: the same queries by raw JDBC ({@link SearchBaseline}).
 */
final class SearchScenario {

    static final String NAME = "name search within the province: GET /api/v1/persons?q=";
    static final String NIK = "exact NIK search: GET /api/v1/persons?nik=";
    static final String CASE = "case page: GET /kasus/{id} (HTML)";
    static final List<String> KINDS = List.of(NAME, NIK, CASE);

    private static final Pattern NIK_JSON = Pattern.compile("\"nik\":\"(\\d{16})\"");

    final Queries queries;
    final SearchBaseline baseline;
    private final List<Browser> browsers;

    /** What the users look for, drawn once with a fixed order from the province's data. */
    record Queries(String province, List<String> names, List<String> niks, List<byte[]> nikIndexes, List<Long> cases) {
        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%d names (full names, first and last word, lower case, one word), %d NIKs, %d cases, all in"
                            + " province %s",
                    names.size(),
                    niks.size(),
                    cases.size(),
                    province);
        }
    }

    private SearchScenario(Queries queries, SearchBaseline baseline, List<Browser> browsers) {
        this.queries = queries;
        this.baseline = baseline;
        this.browsers = browsers;
    }

    /** Signs every user in, and draws the queries (learning NIKs as an investigator sees them, over HTTP). */
    static SearchScenario prepare(
            URI base, DataSource db, String province, List<String> users, String password, List<Long> onlyCases)
            throws Exception {
        List<Browser> browsers = new ArrayList<>();
        for (String u : users) {
            browsers.add(new Browser(base).signIn(u, password));
        }
        SearchBaseline baseline = new SearchBaseline(db, province, onlyCases);
        List<String> names = new ArrayList<>();
        int k = 0;
        for (String full : baseline.sampleNames(200)) {
            names.add(variant(full, k++));
        }
        List<String> niks = new ArrayList<>();
        List<byte[]> indexes = new ArrayList<>();
        for (SearchBaseline.Identified p : baseline.sampleWithNik(100)) {
            String json = browsers.getFirst().get("/api/v1/persons/" + p.personId(), "application/json");
            Matcher m = NIK_JSON.matcher(json);
            if (m.find()) {
                niks.add(m.group(1));
                indexes.add(p.blindIndex());
            }
        }
        List<Long> cases = baseline.sampleCases(200);
        if (names.isEmpty() || niks.isEmpty() || cases.isEmpty()) {
            throw new IllegalStateException("province " + province + " has no persons, NIKs or cases to look for");
        }
        return new SearchScenario(new Queries(province, names, niks, indexes, cases), baseline, browsers);
    }

    /** How people type a name: whole, first and last word, all lower case, or one word only. */
    static String variant(String full, int k) {
        String[] words = full.strip().split("\\s+");
        return switch (k % 4) {
            case 0 -> full;
            case 1 -> words.length > 2 ? words[0] + " " + words[words.length - 1] : full;
            case 2 -> full.toLowerCase(Locale.ROOT);
            default -> words[words.length - 1];
        };
    }

    /** The kind of request user {@code user} sends as its {@code i}-th: the three kinds in turn. */
    static String kindOf(int user, long i) {
        return KINDS.get((int) ((user + i) % KINDS.size()));
    }

    String http(int user, long i) throws Exception {
        String kind = kindOf(user, i);
        Browser b = browsers.get(user % browsers.size());
        int pick = (int) ((user * 31L + i) & 0x7fffffff);
        switch (kind) {
            case NAME ->
                b.get(
                        "/api/v1/persons?q="
                                + Browser.enc(queries.names()
                                        .get(pick % queries.names().size())),
                        "application/json");
            case NIK -> {
                String body = b.get(
                        "/api/v1/persons?nik="
                                + queries.niks().get(pick % queries.niks().size()),
                        "application/json");
                if (body.contains("\"totalElements\":0") || body.contains("\"total\":0")) {
                    throw new IllegalStateException("a NIK search found nobody");
                }
            }
            default ->
                b.get("/kasus/" + queries.cases().get(pick % queries.cases().size()), "text/html");
        }
        return kind;
    }

    String jdbc(int user, long i) throws SQLException {
        String kind = kindOf(user, i);
        int pick = (int) ((user * 31L + i) & 0x7fffffff);
        switch (kind) {
            case NAME ->
                baseline.byName(queries.names().get(pick % queries.names().size()));
            case NIK -> {
                if (baseline.byNik(queries.nikIndexes()
                                .get(pick % queries.nikIndexes().size()))
                        == 0) {
                    throw new IllegalStateException("a NIK lookup found nobody");
                }
            }
            default ->
                baseline.casePage(queries.cases().get(pick % queries.cases().size()));
        }
        return "baseline: " + kind;
    }
}
