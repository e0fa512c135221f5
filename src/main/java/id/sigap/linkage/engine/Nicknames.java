package id.sigap.linkage.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Short forms of given names. Most Indonesian call names are a piece of the full name: its start ("Anton" for
 * Antonius, "Agus" for Agustinus) or its end ("Yanti" for Suryanti, "Wati" for Setiawati); those are recognised by
 * containment of at least four letters. The list holds the ones that are not pieces ("Ucok", "Butet" are not names of
 * one person and are left out). Names are compared after {@link IndonesianNames} normalisation.
 */
public final class Nicknames {

    private static final int MIN_PIECE = 4;

    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        group("yohannes", "yohanes", "hanes", "anes", "yoan", "yon");
        group("fransiskus", "frans", "fransis", "sisko", "siskus");
        group("fransiska", "siska", "sisca", "fransiska");
        group("elisabet", "elisabeth", "lisa", "betty", "beti");
        group("margaretha", "margareta", "greta");
        group("katarina", "katharina", "rina", "katrin");
        group("yosef", "yusuf", "ose", "yos", "usu");
        group("alexander", "aleks", "alex", "sander", "ale");
        group("muhammad", "mamat", "memet", "amat", "madi");
        group("abdullah", "dul", "dullah");
        group("ahmad", "mad");
        group("wahyu", "yayu");
        group("bambang", "bams");
        group("hendrikus", "hendrik", "hendro", "endi");
        group("aloysius", "alo", "yus");
        group("maria", "mia", "maryam", "mariam");
        group("antonius", "anton", "toni", "tony", "ton");
        group("agustinus", "agus", "gusti", "tinus");
    }

    private Nicknames() {}

    private static void group(String canonical, String... forms) {
        CANONICAL.put(canonical, canonical);
        for (String f : forms) {
            CANONICAL.putIfAbsent(f, canonical);
        }
    }

    /** Whether two normalised given names may be one name: same canonical form, or one a piece of the other. */
    public static boolean equivalent(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b) || canonical(a).equals(canonical(b))) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() >= MIN_PIECE && (longer.startsWith(shorter) || longer.endsWith(shorter))) {
            return true;
        }
        return tokenPiece(a, b);
    }

    /** "siti aisyah" and "siti nur aisyah": every token of the shorter name stands in the longer one. */
    private static boolean tokenPiece(String a, String b) {
        if (a.indexOf(' ') < 0 && b.indexOf(' ') < 0) {
            return false;
        }
        List<String> ta = List.of(a.split(" "));
        List<String> tb = List.of(b.split(" "));
        List<String> small = ta.size() <= tb.size() ? ta : tb;
        List<String> large = small == ta ? tb : ta;
        return small.stream().allMatch(t -> t.length() >= 2 && large.contains(t));
    }

    /** The canonical form of a normalised name, or the name itself. */
    public static String canonical(String name) {
        return CANONICAL.getOrDefault(name, name);
    }
}
