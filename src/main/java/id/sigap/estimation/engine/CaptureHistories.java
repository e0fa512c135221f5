package id.sigap.estimation.engine;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Capture histories of a multiple systems estimation: the names of the lists and the observed rows, each a capture
 * pattern (bit {@code i} set = seen by list {@code i}) with the number of cases that have it. Rows are kept in input
 * order (the jackknife and the bootstrap work on rows); repeated patterns are allowed and add up. The all-zero
 * pattern (the dark figure) is never a row.
 */
public record CaptureHistories(List<String> lists, int[] patterns, int[] counts) {

    public static final int MIN_LISTS = 3;
    public static final int MAX_LISTS = 10;

    public CaptureHistories {
        lists = List.copyOf(lists);
        patterns = patterns.clone();
        counts = counts.clone();
        if (patterns.length != counts.length) {
            throw new IllegalArgumentException("patterns and counts differ in length");
        }
        if (lists.size() < MIN_LISTS) {
            throw new EstimationRefused(Refusal.TOO_FEW_LISTS, lists.size());
        }
        if (lists.size() > MAX_LISTS) {
            throw new EstimationRefused(Refusal.TOO_MANY_LISTS, lists.size());
        }
        int cells = 1 << lists.size();
        for (int r = 0; r < patterns.length; r++) {
            if (patterns[r] <= 0 || patterns[r] >= cells) {
                throw new EstimationRefused(Refusal.BAD_PATTERN, r + 1);
            }
            if (counts[r] < 0) {
                throw new EstimationRefused(Refusal.NEGATIVE_COUNT, r + 1);
            }
        }
    }

    /** Reads a CSV with one 0/1 column per list and a final {@code count} column. */
    public static CaptureHistories fromCsv(Reader reader) throws IOException {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (var parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            if (header.size() < 2 || !header.getLast().equalsIgnoreCase("count")) {
                throw new EstimationRefused(Refusal.BAD_HEADER);
            }
            List<String> lists = header.subList(0, header.size() - 1);
            List<int[]> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                if (rec.size() != header.size()) {
                    throw new EstimationRefused(Refusal.BAD_ROW, rec.getRecordNumber());
                }
                int pattern = 0;
                for (int i = 0; i < lists.size(); i++) {
                    String v = rec.get(i);
                    if (v.equals("1")) {
                        pattern |= 1 << i;
                    } else if (!v.equals("0")) {
                        throw new EstimationRefused(Refusal.BAD_ROW, rec.getRecordNumber());
                    }
                }
                try {
                    rows.add(new int[] {pattern, Integer.parseInt(rec.get(lists.size()))});
                } catch (NumberFormatException e) {
                    throw new EstimationRefused(Refusal.BAD_ROW, rec.getRecordNumber());
                }
            }
            return new CaptureHistories(
                    lists,
                    rows.stream().mapToInt(r -> r[0]).toArray(),
                    rows.stream().mapToInt(r -> r[1]).toArray());
        }
    }

    public int listCount() {
        return lists.size();
    }

    public int rows() {
        return patterns.length;
    }

    public int pattern(int row) {
        return patterns[row];
    }

    public int count(int row) {
        return counts[row];
    }

    public long observed() {
        long n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /** The same rows with other counts (a bootstrap or jackknife replicate). */
    public CaptureHistories withCounts(int[] newCounts) {
        return new CaptureHistories(lists, patterns, newCounts);
    }

    /** Counts per cell, indexed by pattern (index 0, the dark figure, is always 0). */
    public double[] cellCounts() {
        double[] y = new double[1 << lists.size()];
        for (int r = 0; r < patterns.length; r++) {
            y[patterns[r]] += counts[r];
        }
        return y;
    }

    /** All pairs of lists in the reference order (1,2), (1,3), ..., (1,t), (2,3), ... */
    public List<ListPair> allPairs() {
        List<ListPair> pairs = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            for (int j = i + 1; j < lists.size(); j++) {
                pairs.add(new ListPair(i, j, pairs.size()));
            }
        }
        return pairs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaptureHistories h
                && lists.equals(h.lists)
                && Arrays.equals(patterns, h.patterns)
                && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * lists.hashCode() + Arrays.hashCode(patterns)) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "CaptureHistories" + lists + " n=" + observed();
    }
}
