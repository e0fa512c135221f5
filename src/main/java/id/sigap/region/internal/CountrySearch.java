package id.sigap.region.internal;

import id.sigap.region.Country;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Country lookup over the 249 ISO 3166-1 countries, in memory: ISO code first, then exact name (Indonesian or
 * English), name prefix, word prefix, and names containing the text; ignoring case and accents.
 */
class CountrySearch {

    private static final int NO_MATCH = Integer.MAX_VALUE;

    private final Supplier<List<Country>> countries;
    private volatile List<Entry> entries;

    CountrySearch(Supplier<List<Country>> countries) {
        this.countries = countries;
    }

    List<Country> search(String text, int limit) {
        int cap = Math.max(1, limit);
        String q = text == null ? "" : SearchTerms.normalize(text);
        if (q.isEmpty()) {
            return entries().stream().map(Entry::country).limit(cap).toList();
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        return entries().stream()
                .map(e -> new Ranked(e, rank(e, q, upper)))
                .filter(r -> r.rank != NO_MATCH)
                .sorted(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.entry.idName()))
                .limit(cap)
                .map(r -> r.entry.country())
                .toList();
    }

    private static int rank(Entry e, String q, String upper) {
        Country c = e.country();
        if (c.iso2().equals(upper) || c.iso3().equals(upper)) {
            return 0;
        }
        return Math.min(rankName(e.idName(), q), rankName(e.enName(), q));
    }

    private static int rankName(String name, String q) {
        if (name.equals(q)) {
            return 1;
        }
        if (name.startsWith(q)) {
            return 2;
        }
        if ((" " + name).contains(" " + q)) {
            return 3;
        }
        return name.contains(q) ? 4 : NO_MATCH;
    }

    private List<Entry> entries() {
        List<Entry> loaded = entries;
        if (loaded == null) {
            loaded = countries.get().stream()
                    .map(c -> new Entry(c, SearchTerms.normalize(c.nameId()), SearchTerms.normalize(c.nameEn())))
                    .toList();
            entries = loaded;
        }
        return loaded;
    }

    private record Entry(Country country, String idName, String enName) {}

    private record Ranked(Entry entry, int rank) {}
}
