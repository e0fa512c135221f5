package id.sigap.region.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a person typed, made comparable with {@code admin_region.search_name}: lower case, no accents, punctuation as
 * single spaces (the same normalization as the SQL function {@code region.normalized_name}). Words naming a kind of
 * region ("kab.", "kota", "kec", "desa") become a {@link Hint} and leave the {@code core} words; well-known
 * abbreviations ("jkt", "ntt", "jabar") are written out. Text of digits and dots is a code prefix instead.
 *
 * @param full the whole normalized text, hint words included ("kupang kota")
 * @param core the text without hint words ("kupang"); equal to {@code full} when there is no hint
 * @param codePrefix a code prefix ({@code 53.71}) when the text is a code, else null
 */
record SearchTerms(String full, String core, Hint hint, String codePrefix) {

    /** A kind of region named in the text. */
    enum Hint {
        NONE,
        PROVINCE,
        KABUPATEN,
        KOTA,
        DISTRICT,
        VILLAGE
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CODE = Pattern.compile("[0-9][0-9.]*");

    private static final Map<String, Hint> HINTS = Map.ofEntries(
            Map.entry("prov", Hint.PROVINCE),
            Map.entry("provinsi", Hint.PROVINCE),
            Map.entry("kab", Hint.KABUPATEN),
            Map.entry("kabupaten", Hint.KABUPATEN),
            Map.entry("kota", Hint.KOTA),
            Map.entry("kec", Hint.DISTRICT),
            Map.entry("kecamatan", Hint.DISTRICT),
            Map.entry("desa", Hint.VILLAGE),
            Map.entry("kel", Hint.VILLAGE),
            Map.entry("kelurahan", Hint.VILLAGE));

    /** Abbreviations in everyday use (news, letters, forms) and the words they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("jkt", "jakarta"),
            Map.entry("dki", "jakarta"),
            Map.entry("jakpus", "jakarta pusat"),
            Map.entry("jakut", "jakarta utara"),
            Map.entry("jakbar", "jakarta barat"),
            Map.entry("jaksel", "jakarta selatan"),
            Map.entry("jaktim", "jakarta timur"),
            Map.entry("diy", "yogyakarta"),
            Map.entry("jogja", "yogyakarta"),
            Map.entry("jogjakarta", "yogyakarta"),
            Map.entry("yogya", "yogyakarta"),
            Map.entry("jabar", "jawa barat"),
            Map.entry("jateng", "jawa tengah"),
            Map.entry("jatim", "jawa timur"),
            Map.entry("ntt", "nusa tenggara timur"),
            Map.entry("ntb", "nusa tenggara barat"),
            Map.entry("kalbar", "kalimantan barat"),
            Map.entry("kalteng", "kalimantan tengah"),
            Map.entry("kalsel", "kalimantan selatan"),
            Map.entry("kaltim", "kalimantan timur"),
            Map.entry("kaltara", "kalimantan utara"),
            Map.entry("sulut", "sulawesi utara"),
            Map.entry("sulteng", "sulawesi tengah"),
            Map.entry("sulsel", "sulawesi selatan"),
            Map.entry("sultra", "sulawesi tenggara"),
            Map.entry("sulbar", "sulawesi barat"),
            Map.entry("sumut", "sumatera utara"),
            Map.entry("sumbar", "sumatera barat"),
            Map.entry("sumsel", "sumatera selatan"),
            Map.entry("babel", "kepulauan bangka belitung"),
            Map.entry("kepri", "kepulauan riau"),
            Map.entry("malut", "maluku utara"),
            Map.entry("pabar", "papua barat"),
            Map.entry("pbd", "papua barat daya"));

    static SearchTerms parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (CODE.matcher(trimmed).matches()) {
            return new SearchTerms(trimmed, trimmed, Hint.NONE, codePrefix(trimmed));
        }
        List<String> words = new ArrayList<>();
        Hint hint = Hint.NONE;
        List<String> core = new ArrayList<>();
        for (String w : normalize(trimmed).split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            String expanded = ABBREVIATIONS.getOrDefault(w, w);
            words.add(expanded);
            Hint h = HINTS.get(w);
            if (h == null) {
                core.add(expanded);
            } else if (hint == Hint.NONE) {
                hint = h;
            }
        }
        String full = String.join(" ", words);
        if (core.isEmpty()) {
            return new SearchTerms(full, full, Hint.NONE, null);
        }
        return new SearchTerms(full, String.join(" ", core), hint, null);
    }

    /** Lower case, accents removed, every run of other characters than a–z and 0–9 as one space, trimmed. */
    static String normalize(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(plain).replaceAll(" ").strip();
    }

    /** {@code 53.71} stays; digits only are cut into the code's parts: {@code 5371} → {@code 53.71}. */
    static String codePrefix(String digits) {
        if (digits.indexOf('.') >= 0) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i == 2 || i == 4 || i == 6) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    boolean isEmpty() {
        return full.isEmpty();
    }

    boolean isCode() {
        return codePrefix != null;
    }

    /** The words of the core, in the order typed. */
    List<String> coreWords() {
        return List.of(core.split(" "));
    }
}
