package id.sigap.linkage.engine;

/**
 * Birth dates as eight digits YYYYMMDD, read leniently: YYYY-MM-DD, YYYYMMDD, DD-MM-YYYY and DD/MM/YYYY. A corrupted
 * date (month 13, day 00) is kept as written, since a typo in a date is still evidence; a date that cannot be read
 * as eight digits is missing.
 */
final class BirthDates {

    private BirthDates() {}

    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        String[] parts = s.split("[-/. ]+");
        if (parts.length == 3) {
            if (parts[0].length() == 4) {
                return digits(parts[0], pad(parts[1]), pad(parts[2]));
            }
            if (parts[2].length() == 4) {
                return digits(parts[2], pad(parts[1]), pad(parts[0]));
            }
            return null;
        }
        return s.length() == 8 && s.chars().allMatch(Character::isDigit) ? s : null;
    }

    static int year(String date) {
        return Integer.parseInt(date.substring(0, 4));
    }

    /** Day and month swapped (a US-style entry of 03-07 for 07-03). */
    static boolean transposed(String a, String b) {
        return a.substring(0, 4).equals(b.substring(0, 4))
                && a.substring(4, 6).equals(b.substring(6, 8))
                && a.substring(6, 8).equals(b.substring(4, 6));
    }

    private static String pad(String p) {
        return p.length() == 1 ? "0" + p : p;
    }

    private static String digits(String y, String m, String d) {
        String s = y + m + d;
        return s.length() == 8 && s.chars().allMatch(Character::isDigit) ? s : null;
    }
}
