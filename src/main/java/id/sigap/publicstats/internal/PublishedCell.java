package id.sigap.publicstats.internal;

/** One cell of a published table; {@code value} null when suppressed. Row/column {@value #TOTAL} are totals. */
public record PublishedCell(int year, String table, String row, String column, Integer value) {

    public static final String TOTAL = "TOTAL";
    public static final String NATIONAL = "ID";

    public PublishedCell {
        if (value != null && value > 0 && value < SnapshotBuilder.THRESHOLD) {
            throw new IllegalArgumentException("a published cell is never below the threshold");
        }
    }

    public boolean suppressed() {
        return value == null;
    }
}
