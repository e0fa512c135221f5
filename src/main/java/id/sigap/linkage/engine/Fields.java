package id.sigap.linkage.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields a run compares, and how many agreement levels each has. The core fields are fixed; {@code extras} are
 * the run's other text fields (at most {@value #MAX_EXTRAS}, so that a comparison fits one {@code long} at four bits
 * a field). Level 0 always means disagreement, the highest level exact agreement.
 */
public record Fields(List<String> extras) {

    public static final int MAX_EXTRAS = 16 - Core.values().length;

    /** The fields every record has (possibly empty). */
    public enum Core {
        GIVEN_NAME(6),
        SURNAME(6),
        BIRTH_DATE(4),
        SEX(2),
        NIK(4),
        PHONE(3),
        PASSPORT(3),
        ADDRESS(4),
        REGION(4);

        final int levels;

        Core(int levels) {
            this.levels = levels;
        }
    }

    static final int EXTRA_LEVELS = 4;

    public Fields {
        extras = List.copyOf(extras);
        if (extras.size() > MAX_EXTRAS) {
            throw new IllegalArgumentException("at most " + MAX_EXTRAS + " extra fields");
        }
    }

    public static Fields core() {
        return new Fields(List.of());
    }

    public int count() {
        return Core.values().length + extras.size();
    }

    public int levels(int field) {
        return field < Core.values().length ? Core.values()[field].levels : EXTRA_LEVELS;
    }

    public String name(int field) {
        return field < Core.values().length
                ? Core.values()[field].name().toLowerCase(java.util.Locale.ROOT)
                : extras.get(field - Core.values().length);
    }

    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < count(); f++) {
            names.add(name(f));
        }
        return names;
    }

    /** The level of {@code field} in an encoded comparison: -1 when either record lacks the field. */
    public static int level(long vector, int field) {
        return (int) ((vector >>> (4 * field)) & 0xF) - 1;
    }

    static long with(long vector, int field, int level) {
        return vector | ((long) (level + 1) << (4 * field));
    }
}
