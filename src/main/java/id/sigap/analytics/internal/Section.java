package id.sigap.analytics.internal;

import java.util.List;
import java.util.Locale;

/**
 * A dashboard table with several figures per line (interceptions, outreach, action plans): its name, title, column
 * titles and lines; the chart draws column {@code chartColumn}. Figures are {@link Long} counts, {@link Double}
 * rates or percentages, or null where none can be given.
 */
public record Section(String name, String title, List<String> columns, int chartColumn, List<Row> rows) {

    public Section {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One line: a code (area, country, plan id or figure), its label and its figures in column order. */
    public record Row(String code, String label, List<Number> values) {
        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        /** The figure of column {@code i} as text: counts as they are, rates and percentages with two decimals. */
        public String text(int i) {
            Number v = values.get(i);
            if (v == null) {
                return "";
            }
            return v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v.toString();
        }
    }

    /** The value of the figure {@code code} in the first column (0 when absent). */
    public long count(String code) {
        return rows.stream()
                .filter(r -> r.code().equals(code))
                .map(r -> r.values().getFirst())
                .mapToLong(v -> v == null ? 0 : v.longValue())
                .findFirst()
                .orElse(0);
    }
}
