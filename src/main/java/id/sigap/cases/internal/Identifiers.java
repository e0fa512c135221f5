package id.sigap.cases.internal;

import java.util.Locale;

/** Normalisation of identifiers before their blind index is computed, so equal values match however typed. */
public final class Identifiers {

    public enum Kind {
        NIK,
        PASSPORT,
        PHONE,
        ADDRESS
    }

    private Identifiers() {}

    public static String normalise(Kind kind, String value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case NIK -> value.replaceAll("\\D", "");
            case PASSPORT -> value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
            case PHONE -> phone(value);
            case ADDRESS -> value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        };
    }

    /** Indonesian numbers to +62 form: 0812…, 62812…, +62 812-… and 812… all become +62812…. */
    static String phone(String value) {
        String digits = value.replaceAll("\\D", "");
        if (value.strip().startsWith("+") && !digits.startsWith("62")) {
            return "+" + digits;
        }
        if (digits.startsWith("62")) {
            return "+" + digits;
        }
        if (digits.startsWith("0")) {
            return "+62" + digits.substring(1);
        }
        if (digits.startsWith("8")) {
            return "+62" + digits;
        }
        return "+" + digits;
    }

    /** The value with all but the last {@code visible} characters hidden. */
    public static String mask(String value, int visible) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int keep = Math.min(visible, value.length() / 3);
        return "•".repeat(value.length() - keep) + value.substring(value.length() - keep);
    }
}
