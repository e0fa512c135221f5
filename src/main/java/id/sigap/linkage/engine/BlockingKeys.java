package id.sigap.linkage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The blocking keys of a record: only records that share at least one key are compared, so no all-pairs comparison
 * happens. Several keys, so that an error in one field does not hide a match: identifiers (NIK, phone, passport; the
 * NIK with each third masked, for a typo), the birth date with a name's initial, the phonetic codes of the two names
 * in either order with the decade of birth (Double Metaphone from Apache Commons Codec), each name with the other's initial and the birth year,
 * each name's phonetic code with the birth month, the phonetic names with the regency (together, and without a birth date each with the other's initial), the address, and each
 * two neighbouring extra fields together. Keys are 64-bit hashes of tagged strings (FNV-1a): they carry no readable value.
 */
public final class BlockingKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private BlockingKeys() {}

    /** The distinct keys of the record, sorted. */
    public static long[] of(Prepared p) {
        List<String> keys = new ArrayList<>(16);
        if (p.nik() != null) {
            keys.add("n:" + p.nik());
            if (p.nik().length() >= 6 && p.nik().chars().allMatch(Character::isDigit)) {
                // the NIK with one third masked, three times: a typo in any one third still meets
                int third = p.nik().length() / 3;
                for (int part = 0; part < 3; part++) {
                    int from = part * third;
                    int to = part == 2 ? p.nik().length() : from + third;
                    keys.add("n" + part + ":" + p.nik().substring(0, from) + "|"
                            + p.nik().substring(to));
                }
            }
        }
        add(keys, "p:", p.phone());
        add(keys, "x:", p.passport());
        String g = first(p.given());
        String s = first(p.surname());
        if (p.birthDate() != null) {
            add(keys, "d:", g == null ? null : p.birthDate() + "|" + g.charAt(0));
            add(keys, "d:", s == null ? null : p.birthDate() + "|" + s.charAt(0));
        }
        String mg = phonetic(g);
        String ms = phonetic(s);
        if (mg != null && ms != null && p.birthYear() > 0) {
            // the two phonetic codes in either order, within the decade of birth (a pair of common names alone
            // would make blocks of thousands in a national register)
            keys.add("nm:" + (mg.compareTo(ms) <= 0 ? mg + "|" + ms : ms + "|" + mg) + "|" + p.birthYear() / 10);
        }
        if (p.birthYear() > 0) {
            // each name with the other's initial and the year, in both orders (swapped names meet)
            add(keys, "ty:", g == null ? null : g + "|" + (s == null ? "" : s.charAt(0)) + "|" + p.birthYear());
            add(keys, "ty:", s == null ? null : s + "|" + (g == null ? "" : g.charAt(0)) + "|" + p.birthYear());
            String yearMonth = p.birthDate().substring(0, 6);
            add(keys, "my:", mg == null ? null : mg + "|" + yearMonth);
            add(keys, "my:", ms == null ? null : ms + "|" + yearMonth);
        }
        if ((mg != null || ms != null) && p.region() != null && p.region().length() >= 4) {
            // the phonetic names (either order, or the one name of a mononym) within the regency: the only key of a
            // person registered without birth date or identifiers (a fifth of the national register has an age only)
            String names = mg == null ? ms : ms == null ? mg : mg.compareTo(ms) <= 0 ? mg + "|" + ms : ms + "|" + mg;
            String regency = p.region().substring(0, 4);
            keys.add("nr:" + names + "|" + regency);
            if (p.birthDate() == null && mg != null && ms != null) {
                // without a birth date, each name's code with the other's initial: a typo that changes one code still
                // meets (with a birth date, the date with an initial does that)
                keys.add("gr:" + mg + "|" + s.charAt(0) + "|" + regency);
                keys.add("gr:" + ms + "|" + g.charAt(0) + "|" + regency);
            }
        }
        add(keys, "a:", p.address());
        for (int i = 0; i + 1 < p.extras().length; i++) {
            // two neighbouring extra fields together (a street number with its street, a suburb with its postcode)
            if (p.extras()[i] != null && p.extras()[i + 1] != null) {
                keys.add("e" + i + ":" + p.extras()[i] + "|" + p.extras()[i + 1]);
            }
        }
        long[] out = new long[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = hash(keys.get(i));
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == out.length ? out : Arrays.copyOf(out, distinct);
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

    /** The name's Double Metaphone code, null for none or an empty one ("h", digits): never a catch-all key. */
    private static String phonetic(String name) {
        String code = name == null ? null : METAPHONE.doubleMetaphone(name);
        return code == null || code.isEmpty() ? null : code;
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
