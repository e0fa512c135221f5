package id.sigap.dataimport.internal;

import java.util.List;

/**
 * One problem of an uploaded file: spreadsheet row (0 for the file as a whole), column (null when none), the cell
 * reference ("C17"), the value as typed (shortened), and a code whose message {@code error.<code>} takes {@code args}.
 */
public record Problem(int rowNo, Column column, String cell, String value, String code, List<String> args) {

    static final int MAX_VALUE = 100;

    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE) + "…";
        }
    }

    static Problem ofFile(String code, String... args) {
        return new Problem(0, null, null, null, code, List.of(args));
    }
}
