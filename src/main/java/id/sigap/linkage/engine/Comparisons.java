package id.sigap.linkage.engine;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Compares two prepared records field by field into agreement levels, encoded four bits a field in one {@code long}
 * (see {@link Fields#level}). Names are compared in the orientation that fits best, so that a given name written as
 * the surname (swapped order, or a mononym put in either box) still agrees. String metrics from Apache Commons Text.
 */
public final class Comparisons {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);
    private static final double NAME_FLOOR = 0.80;

    private final Fields fields;

    public Comparisons(Fields fields) {
        this.fields = fields;
    }

    public Fields fields() {
        return fields;
    }

    public long compare(Prepared a, Prepared b) {
        long v = 0;
        String ag = a.given();
        String as = a.surname();
        double givenScore = jw(ag, b.given(), NAME_FLOOR);
        double surnameScore = jw(as, b.surname(), NAME_FLOOR);
        String bg = b.given();
        String bs = b.surname();
        if (givenScore + surnameScore < 1.9) {
            // swapped order, or a mononym in the other box: only worth computing when the straight order is imperfect
            double swappedGiven = jw(ag, b.surname(), NAME_FLOOR);
            double swappedSurname = jw(as, b.given(), NAME_FLOOR);
            if (swappedGiven + swappedSurname > givenScore + surnameScore) {
                bg = b.surname();
                bs = b.given();
                givenScore = swappedGiven;
                surnameScore = swappedSurname;
            }
        }
        v = name(v, Fields.Core.GIVEN_NAME.ordinal(), ag, bg, givenScore);
        v = name(v, Fields.Core.SURNAME.ordinal(), as, bs, surnameScore);
        v = date(v, a.birthDate(), b.birthDate());
        v = set(
                v,
                Fields.Core.SEX.ordinal(),
                a.sex(),
                b.sex(),
                a.sex() != null && a.sex().equals(b.sex()) ? 1 : 0);
        v = digits(v, Fields.Core.NIK.ordinal(), a.nik(), b.nik(), 4);
        v = phone(v, a.phone(), b.phone());
        v = digits(v, Fields.Core.PASSPORT.ordinal(), a.passport(), b.passport(), 3);
        v = text(v, Fields.Core.ADDRESS.ordinal(), a.address(), b.address());
        v = region(v, a.region(), b.region());
        int base = Fields.Core.values().length;
        for (int i = 0; i < a.extras().length; i++) {
            String x = a.extras()[i];
            String y = b.extras()[i];
            v = i < 64 && (a.digitExtras() & b.digitExtras() & 1L << i) != 0
                    ? digits(v, base + i, x, y, Fields.EXTRA_LEVELS)
                    : text(v, base + i, x, y);
        }
        return v;
    }

    /**
     * Jaro–Winkler similarity, or 0 when it cannot reach {@code floor}: an upper bound from the letters the two
     * strings have in common (Jaro counts at most those as matches) and their common prefix spares most calls for
     * pairs that are plainly different.
     */
    static double jw(String a, String b, double floor) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        return bound(a, b) < floor ? 0 : JARO_WINKLER.apply(a, b);
    }

    static double bound(String a, String b) {
        int common = common(a, b);
        double jaro = common == 0 ? 0 : ((double) common / a.length() + (double) common / b.length() + 1) / 3;
        int prefix = 0;
        while (prefix < 4 && prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** Letter counts of one thread, cleared after each use (a comparison allocates nothing). */
    private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[128]);

    /** The letters the two strings have in common, as multisets (characters folded to 7 bits: never fewer). */
    private static int common(String a, String b) {
        int[] counts = COUNTS.get();
        for (int i = 0; i < a.length(); i++) {
            counts[a.charAt(i) & 127]++;
        }
        int common = 0;
        for (int i = 0; i < b.length(); i++) {
            if (counts[b.charAt(i) & 127]-- > 0) {
                common++;
            }
        }
        for (int i = 0; i < a.length(); i++) {
            counts[a.charAt(i) & 127] = 0;
        }
        for (int i = 0; i < b.length(); i++) {
            counts[b.charAt(i) & 127] = 0;
        }
        return common;
    }

    /** Names: 5 exact, 4 JW ≥ 0.94, 3 nickname or piece of the other, 2 JW ≥ 0.88, 1 JW ≥ 0.80, 0 otherwise. */
    private static long name(long v, int field, String a, String b, double s) {
        if (a == null || b == null) {
            return v;
        }
        if (a.equals(b)) {
            return Fields.with(v, field, 5);
        }
        int level = s >= 0.94 ? 4 : Nicknames.equivalent(a, b) ? 3 : s >= 0.88 ? 2 : s >= 0.80 ? 1 : 0;
        return Fields.with(v, field, level);
    }

    /** Dates: 3 exact, 2 one typo or day and month swapped, 1 same year, 0 otherwise. */
    private static long date(long v, String a, String b) {
        if (a == null || b == null) {
            return v;
        }
        int level = a.equals(b)
                ? 3
                : withinTwo(a, b) == 1 || BirthDates.transposed(a, b) ? 2 : a.startsWith(b.substring(0, 4)) ? 1 : 0;
        return Fields.with(v, Fields.Core.BIRTH_DATE.ordinal(), level);
    }

    /** Identifiers and numbers: top exact, then one edit, then two edits (when there are four levels), else 0. */
    private static long digits(long v, int field, String a, String b, int levels) {
        if (a == null || b == null) {
            return v;
        }
        int top = levels - 1;
        if (a.equals(b)) {
            return Fields.with(v, field, top);
        }
        int d = withinTwo(a, b);
        int level = d == 1 || d == 2 && transposition(a, b) ? top - 1 : d == 2 && levels > 3 ? top - 2 : 0;
        return Fields.with(v, field, level);
    }

    private static long phone(long v, String a, String b) {
        if (a == null || b == null) {
            return v;
        }
        int level =
                a.equals(b) ? 2 : a.length() >= 8 && b.length() >= 8 && a.endsWith(b.substring(b.length() - 7)) ? 1 : 0;
        return Fields.with(v, Fields.Core.PHONE.ordinal(), level);
    }

    /** Free text: 3 exact, 2 JW ≥ 0.93, 1 JW ≥ 0.85, 0 otherwise. */
    private static long text(long v, int field, String a, String b) {
        if (a == null || b == null) {
            return v;
        }
        if (a.equals(b)) {
            return Fields.with(v, field, 3);
        }
        double s = jw(a, b, 0.85);
        return Fields.with(v, field, s >= 0.93 ? 2 : s >= 0.85 ? 1 : 0);
    }

    /** Kemendagri codes (53.71.02): 3 same code, 2 same regency, 1 same province, 0 otherwise. */
    private static long region(long v, String a, String b) {
        if (a == null || b == null) {
            return v;
        }
        int level = a.equals(b) ? 3 : prefix(a, b, 4) ? 2 : prefix(a, b, 2) ? 1 : 0;
        return Fields.with(v, Fields.Core.REGION.ordinal(), level);
    }

    private static long set(long v, int field, String a, String b, int level) {
        return a == null || b == null ? v : Fields.with(v, field, level);
    }

    private static boolean prefix(String a, String b, int n) {
        return a.length() >= n && b.length() >= n && a.regionMatches(0, b, 0, n);
    }

    private static boolean transposition(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                } else {
                    return i == first + 1
                            && a.charAt(first) == b.charAt(i)
                            && a.charAt(i) == b.charAt(first)
                            && a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
                }
            }
        }
        return false;
    }

    /**
     * The Levenshtein distance when it is at most two, else -1 (as {@code new LevenshteinDistance(2)}), with the
     * plainly different pairs sorted out first: a length gap or too few letters in common need more than two edits,
     * and two strings of one length that differ in at most one place are that many edits apart.
     */
    static int withinTwo(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 2) {
            return -1;
        }
        int common = common(a, b);
        if (Math.max(la, lb) - common > 2) {
            return -1;
        }
        if (la == lb) {
            int differ = 0;
            for (int i = 0; i < la && differ < 2; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    differ++;
                }
            }
            if (differ < 2) {
                return differ;
            }
        }
        return WITHIN_TWO.apply(a, b);
    }
}
