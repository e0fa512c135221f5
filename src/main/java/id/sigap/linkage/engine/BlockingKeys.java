package id.sigap.linkage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The blocking keys of a record: only records that share at least one key are compared, so no all-pairs comparison
 * happens. Several keys, so that an error in one field does not hide a match: identifiers (NIK, phone, passport; the
 * two halves of a NIK for a typo), the birth date, the phonetic codes of the two names in either order (Double
 * Metaphone from Apache Commons Codec), each name token with the birth year, and the start of the given name with the
 * regency. Keys are 64-bit hashes of tagged strings (FNV-1a): they carry no readable value.
 */
public final class BlockingKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private BlockingKeys() {}

    /** The distinct keys of the record, sorted. */
    public static long[] of(Prepared p) {
        List<String> keys = new ArrayList<>(12);
        if (p.nik() != null) {
            keys.add("n:" + p.nik());
            if (p.nik().length() >= 6 && p.nik().chars().allMatch(Character::isDigit)) {
                int half = p.nik().length() / 2;
                keys.add("n1:" + p.nik().substring(0, half));
                keys.add("n2:" + p.nik().substring(half));
            }
        }
        add(keys, "p:", p.phone());
        add(keys, "x:", p.passport());
        add(keys, "d:", p.birthDate());
        String g = first(p.given());
        String s = first(p.surname());
        String mg = g == null ? null : METAPHONE.doubleMetaphone(g);
        String ms = s == null ? null : METAPHONE.doubleMetaphone(s);
        if (mg != null && ms != null) {
            keys.add("nm:" + (mg.compareTo(ms) <= 0 ? mg + "|" + ms : ms + "|" + mg));
        }
        if (p.birthYear() > 0) {
            add(keys, "ty:", g == null ? null : g + "|" + p.birthYear());
            add(keys, "ty:", s == null ? null : s + "|" + p.birthYear());
            add(keys, "my:", mg == null || mg.isEmpty() ? null : mg + "|" + p.birthYear());
            add(keys, "my:", ms == null || ms.isEmpty() ? null : ms + "|" + p.birthYear());
        }
        if (p.region() != null && p.region().length() >= 4) {
            String regency = p.region().substring(0, 4);
            add(keys, "gr:", g == null ? null : start(g) + "|" + regency);
            add(keys, "gr:", s == null ? null : start(s) + "|" + regency);
        }
        long[] out = keys.stream().mapToLong(BlockingKeys::hash).distinct().toArray();
        Arrays.sort(out);
        return out;
    }

    private static void add(List<String> keys, String tag, String value) {
        if (value != null && !value.isEmpty()) {
            keys.add(tag + value);
        }
    }

    private static String first(String name) {
        if (name == null) {
            return null;
        }
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String start(String name) {
        return name.length() <= 4 ? name : name.substring(0, 4);
    }

    /** FNV-1a, 64 bits, over the key's characters. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
