package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON_NAME_TOKEN;

import id.sigap.cases.internal.db.tables.PersonNameToken;
import id.sigap.security.RegionScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Row2;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Candidates of a name search from {@code cases.person_name_token} (V63, V64), once per province from which a person
 * is visible, on the B-tree (province, key, person). Two bounded sets, so that no search reads every posting of a
 * common word:
 *
 * <ol>
 *   <li>exact: persons having every query word as a whole word ({@code 'w' || word}): the posting lists are
 *       intersected by the planner (in order, rarest first with the statistics of V64) and cut at a limit;
 *   <li>fuzzy, only when the exact ones are too few (a typo, a partial word): for each of the words' three-letter keys
 *       ('p' + first three, 's' + last three letters, after the old-spelling folding of {@link NameKey}) at most a
 *       fixed number of postings, the persons sharing keys with the most query words first.
 * </ol>
 *
 * Fuzzy candidates are kept only when they pass the trigram match; the caller ranks all candidates by trigram
 * similarity and checks visibility exactly. A sub-province scope gets larger limits, as visibility then removes most candidates.
 */
@Component
public class NameTokens {

    static final int EXACT = 300;
    static final int FUZZY_PER_KEY = 150;
    static final int FUZZY = 500;
    /** Limits are multiplied by this for a scope narrower than whole provinces. */
    static final int NARROW_FACTOR = 10;
    /** At most this many query words are used (the longest: they are the most selective). */
    static final int MAX_WORDS = 5;

    private final DSLContext db;

    NameTokens(DSLContext db) {
        this.db = db;
    }

    /** Candidate person ids: exact (every word present) and fuzzy (sharing token keys). */
    public record Candidates(Long[] exact, Long[] fuzzy) {
        public boolean isEmpty() {
            return exact.length == 0 && fuzzy.length == 0;
        }
    }

    /** The distinct words of a name key, at most {@link #MAX_WORDS} of them, the longest kept. */
    static List<String> words(String nameKey) {
        Set<String> seen = new LinkedHashSet<>();
        for (String t : nameKey.split(" ")) {
            if (!t.isEmpty()) {
                seen.add(t);
            }
        }
        List<String> words = new ArrayList<>(seen);
        if (words.size() > MAX_WORDS) {
            words.sort((a, b) -> Integer.compare(b.length(), a.length()));
            words = new ArrayList<>(words.subList(0, MAX_WORDS));
        }
        return words;
    }

    /** The token keys of a name key, as the migration computes them: 'p' + first three, 's' + last three letters. */
    static List<List<String>> keys(String nameKey) {
        List<List<String>> out = new ArrayList<>();
        for (String t : words(nameKey)) {
            out.add(List.of(
                    "p" + t.substring(0, Math.min(3, t.length())), "s" + t.substring(Math.max(0, t.length() - 3))));
        }
        return out;
    }

    /** The candidates for {@code nameKey} in the scope; fuzzy ones only if fewer than {@code wanted} are exact. */
    Candidates candidates(String nameKey, RegionScope scope, int wanted) {
        return candidates(db, nameKey, scope, wanted);
    }

    /**
     * The candidates, with the queries of {@link #exactQuery} and {@link #fuzzyQuery} run on {@code db} (public so that
     * the benchmark's JDBC baseline runs exactly the application's SQL).
     */
    public static Candidates candidates(DSLContext db, String nameKey, RegionScope scope, int wanted) {
        int factor = wholeProvinces(scope) ? 1 : NARROW_FACTOR;
        List<String> words = words(nameKey);
        Long[] exact = words.isEmpty()
                ? new Long[0]
                : db.fetch(exactQuery(words, scope, EXACT * factor)).intoArray(0, Long.class);
        if (exact.length >= Math.max(wanted, 1) || words.isEmpty()) {
            return new Candidates(exact, new Long[0]);
        }
        Long[] fuzzy = db.fetch(fuzzyQuery(nameKey, scope, FUZZY_PER_KEY * factor, FUZZY * factor))
                .intoArray(0, Long.class);
        return new Candidates(exact, fuzzy);
    }

    /** Persons having every one of {@code words} (not empty) as a whole word, at most {@code limit}. */
    static Select<Record1<Long>> exactQuery(List<String> words, RegionScope scope, int limit) {
        PersonNameToken first = PERSON_NAME_TOKEN.as("w0");
        var select = DSL.selectDistinct(first.PERSON_ID).from(first);
        for (int i = 1; i < words.size(); i++) {
            PersonNameToken other = PERSON_NAME_TOKEN.as("w" + i);
            select = select.join(other)
                    .on(other.PROVINCE_CODE.eq(first.PROVINCE_CODE))
                    .and(other.TOKEN_KEY.eq("w" + words.get(i)))
                    .and(other.PERSON_ID.eq(first.PERSON_ID));
        }
        return select.where(first.TOKEN_KEY.eq("w" + words.get(0)))
                .and(inProvinces(first, scope))
                .limit(limit);
    }

    /**
     * Persons sharing three-letter keys with the most words of {@code nameKey}, from at most {@code perKey} postings
     * per key and {@code limit} in all, kept only when their name (or an alias) also passes the trigram match: the
     * page query then checks the visibility of real matches only.
     */
    static Select<Record1<Long>> fuzzyQuery(String nameKey, RegionScope scope, int perKey, int limit) {
        List<Row2<String, Integer>> rows = new ArrayList<>();
        List<List<String>> keys = keys(nameKey);
        for (int i = 0; i < keys.size(); i++) {
            for (String k : new LinkedHashSet<>(keys.get(i))) {
                rows.add(DSL.row(k, i));
            }
        }
        var q = DSL.values(rows.toArray(Row2[]::new)).as("q", "token_key", "idx");
        Field<String> qKey = q.field("token_key", String.class);
        Field<Integer> qIdx = q.field("idx", Integer.class);
        PersonNameToken t = PERSON_NAME_TOKEN.as("t");
        var postings = DSL.lateral(DSL.select(t.PERSON_ID)
                        .from(t)
                        .where(t.TOKEN_KEY.eq(qKey))
                        .and(inProvinces(t, scope))
                        .orderBy(t.PERSON_ID)
                        .limit(perKey))
                .as("c");
        Field<Long> person = postings.field(t.PERSON_ID);
        var best = DSL.select(person)
                .from(q)
                .crossJoin(postings)
                .groupBy(person)
                .orderBy(DSL.countDistinct(qIdx).desc(), person)
                .limit(limit)
                .asTable("best");
        Field<Long> id = best.field(person);
        Field<String> query = DSL.val(nameKey);
        return DSL.select(id)
                .from(best)
                .join(PERSON)
                .on(PERSON.ID.eq(id))
                .where(DSL.condition("{0} % {1}", PERSON.NAME_KEY, query)
                        .or(DSL.condition("{0} <% {1}", query, PERSON.ALIAS_KEY)));
    }

    private static Condition inProvinces(PersonNameToken t, RegionScope scope) {
        if (scope.national()) {
            return DSL.trueCondition();
        }
        List<String> provinces = scope.roots().stream()
                .map(r -> r.substring(0, Math.min(2, r.length())))
                .distinct()
                .toList();
        return provinces.size() == 1 ? t.PROVINCE_CODE.eq(provinces.get(0)) : t.PROVINCE_CODE.in(provinces);
    }

    private static boolean wholeProvinces(RegionScope scope) {
        return scope.national() || scope.roots().stream().allMatch(r -> r.length() <= 2);
    }
}
