package id.sigap.region.internal;

import static id.sigap.region.internal.db.Tables.ADMIN_REGION_WORD;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * How many regions have each word in their name ("sungai": thousands, "kupang": 40), held in memory, so that a
 * word-prefix lookup starts from its most selective word. Reference data changes only by migration.
 */
@Component
class WordCounts {

    private final DSLContext db;
    private volatile NavigableMap<String, Integer> counts;

    WordCounts(DSLContext db) {
        this.db = db;
    }

    /**
     * The word of {@code words} that narrows the candidates most: every word but the last must be a whole word of
     * the name, the last (still being typed) is a prefix.
     */
    Selective mostSelective(List<String> words) {
        NavigableMap<String, Integer> all = counts();
        Selective best = null;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean last = i == words.size() - 1;
            long n = last ? prefixCount(all, w) : all.getOrDefault(w, 0);
            if (best == null || n < best.count()) {
                best = new Selective(w, last, n);
            }
        }
        return best;
    }

    private static long prefixCount(NavigableMap<String, Integer> all, String prefix) {
        long n = 0;
        for (int c :
                all.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
            n += c;
        }
        return n;
    }

    private NavigableMap<String, Integer> counts() {
        NavigableMap<String, Integer> loaded = counts;
        if (loaded == null) {
            TreeMap<String, Integer> map = new TreeMap<>();
            db.select(ADMIN_REGION_WORD.WORD, DSL.count())
                    .from(ADMIN_REGION_WORD)
                    .groupBy(ADMIN_REGION_WORD.WORD)
                    .forEach(r -> map.put(r.value1(), r.value2()));
            loaded = Collections.unmodifiableNavigableMap(map);
            counts = loaded;
        }
        return loaded;
    }

    /** A word to look up, whether as a prefix, and how many regions it matches. */
    record Selective(String word, boolean prefix, long count) {}
}
