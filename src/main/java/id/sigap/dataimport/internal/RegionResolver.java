package id.sigap.dataimport.internal;

import id.sigap.region.LocatedRegion;
import id.sigap.region.RegionCodes;
import id.sigap.region.RegionQuery;
import id.sigap.region.Regions;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what a spreadsheet says about a region into a code: a Kemendagri code ({@code 53.71}) that exists, or a name
 * that matches exactly one region ("Kota Kupang"; ignoring case, accents, punctuation and "Kab."/"Kabupaten"). A name
 * shared by several regions ("Kupang") is never guessed: the result lists the candidates. One resolver serves one
 * file and remembers its answers (a file repeats the same few regions).
 */
final class RegionResolver {

    static final int MAX_CANDIDATES = 8;

    sealed interface Result {}

    record Found(String code) implements Result {}

    record Unknown() implements Result {}

    record Ambiguous(List<String> candidates) implements Result {}

    private final Regions regions;
    private final Map<String, Result> known = new HashMap<>();
    private final Map<String, Boolean> exists = new HashMap<>();
    private final Map<String, Boolean> countries = new HashMap<>();

    RegionResolver(Regions regions) {
        this.regions = regions;
    }

    /** Whether the region code exists (remembered: a NIK's district repeats across a file). */
    boolean exists(String code) {
        return exists.computeIfAbsent(code, regions::exists);
    }

    boolean countryExists(String iso2) {
        return countries.computeIfAbsent(iso2, c -> regions.country(c).isPresent());
    }

    Result resolve(String typed) {
        String text = typed.strip();
        return known.computeIfAbsent(text.toLowerCase(Locale.ROOT), k -> lookup(text));
    }

    private Result lookup(String text) {
        if (RegionCodes.isWellFormed(text)) {
            return exists(text) ? new Found(text) : new Unknown();
        }
        if (text.length() > RegionQuery.MAX_TEXT || text.chars().noneMatch(Character::isLetter)) {
            return new Unknown();
        }
        String wanted = normal(text);
        List<LocatedRegion> same =
                regions.lookup(new RegionQuery(text, null, null, null, RegionQuery.MAX_LIMIT)).stream()
                        .filter(r -> matches(normal(r.region().name()), wanted))
                        .toList();
        if (same.isEmpty()) {
            return new Unknown();
        }
        if (same.size() == 1) {
            return new Found(same.getFirst().region().code());
        }
        return new Ambiguous(same.stream()
                .limit(MAX_CANDIDATES)
                .map(r -> r.region().code() + " " + r.label())
                .toList());
    }

    /** Exact name, or the name without its kind ("Kupang" matches "Kota Kupang" and "Kabupaten Kupang"). */
    private static boolean matches(String name, String wanted) {
        return name.equals(wanted) || bare(name).equals(wanted);
    }

    private static String bare(String name) {
        return name.replaceFirst("^(kab|kota|kec|desa|kel|prov) ", "");
    }

    static String normal(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        return n.replaceFirst("^kabupaten ", "kab ")
                .replaceFirst("^kecamatan ", "kec ")
                .replaceFirst("^kelurahan ", "kel ")
                .replaceFirst("^provinsi ", "prov ");
    }
}
