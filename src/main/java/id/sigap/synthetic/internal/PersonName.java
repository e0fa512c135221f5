package id.sigap.synthetic.internal;

import java.util.Locale;

/**
 * An invented name in parts: honorific (H., Hj.), prefix (I Wayan, Ni Made, Andi, Lalu, Baiq, Umbu, Rambu), given
 * name(s), family name (marga, fam), patronym (bin/binti ...), academic title (S.E., ...). {@link #full()} writes it
 * the usual way; {@link Variations} writes it the ways other agencies do.
 */
record PersonName(String honorific, String prefix, String given, String family, String patronym, String academic) {

    String full() {
        StringBuilder b = new StringBuilder();
        append(b, honorific);
        append(b, prefix);
        append(b, given);
        append(b, family);
        append(b, patronym);
        String s = b.toString();
        return academic == null ? s : s + ", " + academic;
    }

    boolean mononym() {
        return prefix == null && family == null && patronym == null && !given.contains(" ");
    }

    PersonName withGiven(String g) {
        return new PersonName(honorific, prefix, g, family, patronym, academic);
    }

    PersonName withFamily(String f) {
        return new PersonName(honorific, prefix, given, f, patronym, academic);
    }

    /** Chinese-Indonesian names are often written family name first ("Tjhai Mei Ling"). */
    PersonName swapForChinese(Dice dice) {
        return dice.chance(0.6) ? new PersonName(null, family, given, null, null, null) : this;
    }

    PersonName withoutTitles() {
        return new PersonName(null, prefix, given, family, patronym, null);
    }

    PersonName withHonorific(String h) {
        return new PersonName(h, prefix, given, family, patronym, academic);
    }

    PersonName withoutPatronym() {
        return new PersonName(honorific, prefix, given, family, null, academic);
    }

    private static void append(StringBuilder b, String part) {
        if (part != null && !part.isBlank()) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(part);
        }
    }

    /**
     * The spelling of before 1972 (Ejaan Soewandi and older): u → oe, j → dj, y → j, c → tj, kh → ch. "Yusuf" →
     * "Joesoef", "Cahyono" → "Tjahjono", "Khairul" → "Chairul".
     */
    static String oldSpelling(String name) {
        String s = name;
        s = swapCase(s, "j", "dj");
        s = swapCase(s, "y", "j");
        s = swapCase(s, "c", "tj");
        s = swapCase(s, "kh", "ch");
        s = swapCase(s, "u", "oe");
        return s;
    }

    private static String swapCase(String s, String from, String to) {
        String upperFrom = from.substring(0, 1).toUpperCase(Locale.ROOT) + from.substring(1);
        String upperTo = to.substring(0, 1).toUpperCase(Locale.ROOT) + to.substring(1);
        return s.replace(from, to).replace(upperFrom, upperTo);
    }
}
