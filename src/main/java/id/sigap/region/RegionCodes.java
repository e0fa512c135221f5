package id.sigap.region;

import java.util.regex.Pattern;

/** Syntax of Kemendagri region codes (no database). */
public final class RegionCodes {

    private static final Pattern CODE = Pattern.compile("^\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?$");

    private RegionCodes() {}

    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The parent code ({@code 53.71} → {@code 53}), or null for a province. */
    public static String parentOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }
}
