package id.sigap.linkage.engine;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A {@link PersonRecord} made ready for blocking and comparison once: names normalised, the birth date cut into its
 * parts (kept when corrupted, so that a typo in a date still compares), identifiers reduced to their characters. The
 * {@code index} is the record's position in the run; {@code extras} follow the order of {@link Fields#extras()};
 * {@code digitExtras} marks those holding digits only.
 */
public record Prepared(
        int index,
        PersonRecord record,
        String given,
        String surname,
        String sex,
        String birthDate,
        int birthYear,
        String nik,
        String phone,
        String passport,
        String address,
        String region,
        String[] extras,
        long digitExtras) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+0-9 ()\\-.]+");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static Prepared of(int index, PersonRecord r, Fields fields) {
        List<String> g = IndonesianNames.tokens(r.givenName());
        List<String> s = IndonesianNames.tokens(r.surname());
        if (g.isEmpty() && s.isEmpty()) {
            List<String> full = IndonesianNames.tokens(r.fullName());
            if (full.size() > 1) {
                g = full.subList(0, full.size() - 1);
                s = full.subList(full.size() - 1, full.size());
            } else {
                g = full;
            }
        }
        String date = BirthDates.normalise(r.birthDate());
        String[] extras = new String[fields.extras().size()];
        for (int i = 0; i < extras.length; i++) {
            extras[i] = text(r.extras().get(fields.extras().get(i)));
        }
        return new Prepared(
                index,
                r,
                blankToNull(String.join(" ", g)),
                blankToNull(String.join(" ", s)),
                sex(r.sex()),
                date,
                date == null ? 0 : BirthDates.year(date),
                identifier(r.nik()),
                phone(r.phone()),
                identifier(r.passport()),
                text(r.address()),
                identifier(r.regionCode()),
                extras,
                digitMask(extras));
    }

    /** Bit i set when extra field i holds digits only (compared as a number, see {@link Comparisons}). */
    private static long digitMask(String[] extras) {
        long mask = 0;
        for (int i = 0; i < extras.length && i < 64; i++) {
            if (extras[i] != null && digitsOnly(extras[i])) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    private static boolean digitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String sex(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT).charAt(0)) {
            case 'm', 'l' -> "m"; // male, laki-laki
            case 'f', 'p', 'w' -> "f"; // female, perempuan, wanita
            default -> null;
        };
    }

    /** Letters and digits only, upper case; a blind index (already opaque) passes unchanged but for case. */
    static String identifier(String raw) {
        if (raw == null) {
            return null;
        }
        String s = SEPARATORS.matcher(raw.strip()).replaceAll("").toUpperCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }

    /** Indonesian numbers to their national form (0812…): +62, 62 and a bare 8 all become 0. */
    static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (!PHONE_CHARACTERS.matcher(s).matches()) {
            return identifier(s); // a blind index
        }
        String d = NON_DIGITS.matcher(s).replaceAll("");
        if (d.startsWith("62")) {
            d = "0" + d.substring(2);
        } else if (d.startsWith("8")) {
            d = "0" + d;
        }
        return d.length() < 5 ? null : d;
    }

    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (needsSpacing(s)) {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        return s.isEmpty() ? null : s;
    }

    /** Whether the text holds whitespace other than single spaces (most do not: the regex is spared). */
    private static boolean needsSpacing(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)
                    && (c != ' ' || i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
