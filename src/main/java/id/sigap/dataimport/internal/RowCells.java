package id.sigap.dataimport.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One row's cells by column, with the problems found so far per column (a column is reported at most once). */
final class RowCells {

    private static final Pattern NUMBER_OR_PHONE = Pattern.compile("[+-][0-9 ().-]*");

    private final Map<Column, Integer> positions;
    private final RawRow raw;
    private final List<Problem> out;
    private final Map<Column, String> values = new EnumMap<>(Column.class);
    private final Map<Column, Boolean> failed = new EnumMap<>(Column.class);
    int problems;

    RowCells(Map<Column, Integer> positions, RawRow raw, List<Problem> out) {
        this.positions = positions;
        this.raw = raw;
        this.out = out;
    }

    void take(Column c) {
        Integer index = positions.get(c);
        String s = index == null ? null : raw.cell(index);
        s = s == null ? null : s.strip();
        if (s == null || s.isEmpty()) {
            if (c.required()) {
                problem(c, "import.required");
            }
            return;
        }
        values.put(c, s);
        if (s.length() > c.maxLength()) {
            problem(c, "import.too-long", String.valueOf(c.maxLength()));
        } else if (formulaLike(s)) {
            problem(c, "import.formula");
        }
    }

    /** The cell's value, or null when empty or already found wrong (so no second problem is reported on it). */
    String value(Column c) {
        return failed(c) ? null : values.get(c);
    }

    boolean failed(Column c) {
        return failed.containsKey(c);
    }

    void problem(Column c, String code, String... args) {
        problems++;
        String cell = null;
        String value = null;
        if (c != null) {
            failed.put(c, true);
            Integer index = positions.get(c);
            cell = index == null ? null : letter(index) + raw.rowNo();
            value = values.get(c);
        }
        out.add(new Problem(raw.rowNo(), c, cell, value, code, List.of(args)));
    }

    /** Text that a spreadsheet program would run as a formula ({@code =cmd|...}, {@code @SUM}, {@code +A1}). */
    static boolean formulaLike(String s) {
        // A leading + or - is only harmless on a number or phone number ("+62 812-3456", "-5"); "-2+3+cmd|..." runs.
        char first = s.charAt(0);
        if (first == '=' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        return (first == '+' || first == '-') && !NUMBER_OR_PHONE.matcher(s).matches();
    }

    static String letter(int index) {
        StringBuilder out = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            out.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return out.toString();
    }
}
