package id.sigap.publicstats.web;

import id.sigap.publicstats.internal.PublicStatistics.PublishedYear;
import id.sigap.publicstats.internal.PublishedCell;
import id.sigap.publicstats.internal.VictimGroups;
import id.sigap.region.RegionRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published year shaped for the page and the JSON: tables of rows (provinces, then the national row) with a
 * count per column (null = suppressed), and the cases per year. Built from published cells only.
 */
record StatsView(
        int year,
        LocalDate snapshotDate,
        int threshold,
        List<Integer> years,
        Table victimsBySexAge,
        Table victimsByForm,
        List<YearCases> casesByYear) {

    record Cell(String column, Integer count) {

        public boolean isSuppressed() {
            return count == null;
        }
    }

    record Row(String region, String name, List<Cell> cells) {}

    record Table(List<String> columns, List<Row> rows, Row national) {}

    record YearCases(int year, Integer count) {

        public boolean isSuppressed() {
            return count == null;
        }
    }

    static StatsView of(PublishedYear y, List<RegionRef> provinces, String nationalName) {
        Map<String, String> names = new LinkedHashMap<>();
        provinces.forEach(p -> names.put(p.code(), p.name()));
        List<YearCases> cases = y.cells().stream()
                .filter(c -> c.table().equals("CASES"))
                .map(c -> new YearCases(c.year(), c.value()))
                .toList();
        return new StatsView(
                y.year(),
                y.takenOn(),
                y.threshold(),
                y.years(),
                table(y, "SEX_AGE", VictimGroups.SEX_AGE, names, nationalName),
                table(y, "FORM", VictimGroups.FORMS, names, nationalName),
                cases);
    }

    private static Table table(
            PublishedYear y, String id, List<String> groups, Map<String, String> names, String nationalName) {
        Map<String, List<Cell>> byRow = new LinkedHashMap<>();
        for (PublishedCell c : y.cells()) {
            if (c.table().equals(id) && c.year() == y.year()) {
                byRow.computeIfAbsent(c.row(), k -> new ArrayList<>()).add(new Cell(c.column(), c.value()));
            }
        }
        List<String> columns = new ArrayList<>(groups);
        columns.add(PublishedCell.TOTAL);
        List<Row> rows = new ArrayList<>();
        Row national = null;
        for (var e : byRow.entrySet()) {
            List<Cell> cells = columns.stream()
                    .map(col -> e.getValue().stream()
                            .filter(c -> c.column().equals(col))
                            .findFirst()
                            .orElse(new Cell(col, null)))
                    .toList();
            if (e.getKey().equals(PublishedCell.NATIONAL)) {
                national = new Row(e.getKey(), nationalName, cells);
            } else {
                rows.add(new Row(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), cells));
            }
        }
        rows.sort(java.util.Comparator.comparing(Row::region));
        return new Table(columns, rows, national);
    }
}
