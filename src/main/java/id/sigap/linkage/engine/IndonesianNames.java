package id.sigap.linkage.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises a personal name as Indonesian agencies write it into comparable tokens: accents and punctuation gone,
 * degrees after a comma and titles (H., Hj., Drs., Ir., dr., S.E., S.H.) and forms of address (Pak, Bu, Mbak) removed,
 * the particles bin/binti dropped, old spellings folded into the current ones (oe→u, dj→j, tj→c, nj→ny, sj→sy,
 * ch→kh) and j/y meeting in y, as the old "j" is today's "y" ("Johana" and "Yohana"), and common spelling variants
 * (Mochammad, Moh., Muhamad → muhammad) brought to one form.
 */
public final class IndonesianNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_NAME = Pattern.compile("[^a-z0-9. ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Titles and degrees, written with or without their dots; removed wherever they stand. */
    private static final Set<String> TITLES = Set.of(
            "h", "hj", "hajjah", "haji", "drs", "dra", "dr", "ir", "prof", "kh", "se", "sh", "spd", "ssos", "skom",
            "st", "sp", "mm", "msi", "mh", "mpd", "amd", "ssi", "skm", "sked", "sag", "mag", "phd", "bsc", "msc", "ba");

    /** Forms of address; removed only in front of a name ("Pak Anton", "Ibu Maria"), where they are not names. */
    private static final Set<String> ADDRESS_FORMS = Set.of(
            "pak", "bapak", "bpk", "bp", "bu", "ibu", "mas", "mbak", "mba", "bang", "abang", "kak", "kakak", "sdr",
            "sdri", "saudara", "saudari", "nn", "nona", "ny", "nyonya", "tn", "tuan", "om", "tante", "mama", "mace",
            "pace", "opa", "oma", "teh", "aa", "ama", "ina", "daeng", "cik", "encik", "uda", "uni");

    private static final Set<String> PARTICLES = Set.of("bin", "binti", "bt", "bte", "binte");

    /** Spelling variants of frequent names, after the old-spelling fold. */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("moh", "muhammad"),
            Map.entry("muh", "muhammad"),
            Map.entry("mohd", "muhammad"),
            Map.entry("mhd", "muhammad"),
            Map.entry("moch", "muhammad"),
            Map.entry("mokh", "muhammad"),
            Map.entry("mukh", "muhammad"),
            Map.entry("mohammad", "muhammad"),
            Map.entry("mohamad", "muhammad"),
            Map.entry("mohamed", "muhammad"),
            Map.entry("muhamad", "muhammad"),
            Map.entry("muhammat", "muhammad"),
            Map.entry("mokhammad", "muhammad"),
            Map.entry("mokhamad", "muhammad"),
            Map.entry("mukhammad", "muhammad"),
            Map.entry("mukhamad", "muhammad"),
            Map.entry("akhmad", "ahmad"),
            Map.entry("akhmat", "ahmad"),
            Map.entry("ahmat", "ahmad"),
            Map.entry("abd", "abdul"),
            Map.entry("nurul", "nur"),
            Map.entry("yohanes", "yohannes"));

    private IndonesianNames() {}

    /** The name's tokens, normalised; empty for a blank or title-only name. */
    public static List<String> tokens(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String s = name;
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma); // "Budi Santoso, S.E., M.M.": degrees follow the comma
        }
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = NON_NAME.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        List<String> out = new ArrayList<>();
        boolean leading = true;
        for (String raw : SPACES.split(s.strip())) {
            boolean dotted = raw.contains(".");
            String t = raw.replace(".", "");
            if (t.isEmpty() || TITLES.contains(t) && (dotted || leading || t.length() > 1)) {
                continue;
            }
            if (leading && ADDRESS_FORMS.contains(t)) {
                continue;
            }
            if (PARTICLES.contains(t)) {
                leading = false;
                continue;
            }
            leading = false;
            String folded = fold(t);
            out.add(VARIANTS.getOrDefault(folded, folded));
        }
        return out;
    }

    /** The normalised name as one string (tokens joined by one space). */
    public static String normalise(String name) {
        return String.join(" ", tokens(name));
    }

    /** Old Indonesian (and Dutch-era) spellings folded into today's: all forms of j and y meet in y. */
    static String fold(String token) {
        return token.replace("oe", "u")
                .replace("tj", "c")
                .replace("dj", "j")
                .replace("nj", "ny")
                .replace("sj", "sy")
                .replace("ch", "kh")
                .replace('j', 'y');
    }
}
