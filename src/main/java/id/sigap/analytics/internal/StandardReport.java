package id.sigap.analytics.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A standard report as generated: which standard (and its version) it follows, the year and area, the data cut-off
 * (the fact layer's last refresh) and its tables of aggregates. Never a person: codes, labels and figures only.
 */
public record StandardReport(
        Kind kind,
        String title,
        String standard,
        int year,
        String areaCode,
        String areaName,
        OffsetDateTime cutoff,
        List<String> notes,
        List<Section> sections) {

    public StandardReport {
        Objects.requireNonNull(kind, "kind");
        notes = List.copyOf(notes);
        sections = List.copyOf(sections);
    }

    /** The reports, by their name in URLs. */
    public enum Kind {
        TIP("tip"),
        GLOTIP("glotip"),
        SDG_16_2_2("sdg-16-2-2");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        /** The report named {@code slug} (case-insensitive), or null when there is none. */
        public static Kind bySlug(String slug) {
            for (Kind k : values()) {
                if (k.slug.equals(slug == null ? null : slug.strip().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            return null;
        }
    }

    /** A table: an id (also the XLSX sheet name), title, column headers after the label, and rows. */
    public record Section(String id, String title, List<String> columns, List<Line> lines) {
        public Section {
            columns = List.copyOf(columns);
            lines = List.copyOf(lines);
        }

        /** The figures of the line with {@code code}, or null. */
        public Line line(String code) {
            return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
        }
    }

    /**
     * A row: a code, its label and one figure per column ({@link Long} counts, {@link Double} rates, null where a
     * figure does not apply).
     */
    public record Line(String code, String label, List<Number> values) {
        public Line {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** The section with {@code id}, or null. */
    public Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
