package id.sigap.dataimport.internal;

import id.sigap.cases.CasePersons;
import id.sigap.region.Regions;
import id.sigap.security.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded file (XLSX by its zip signature, else CSV) and checks every row, collecting every problem: the
 * header (columns known in either language, required ones present), each row ({@link RowChecker}), rows of one case
 * that disagree about the case, and rows repeated within the file. Limits: {@value #MAX_ROWS} data rows and
 * {@value #MAX_PROBLEMS} problems listed (then one problem saying there are more).
 */
@Component
public class SheetCheck {

    public static final int MAX_ROWS = 50_000;
    public static final int MAX_PROBLEMS = 5_000;
    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("id"), Locale.ENGLISH);

    private final Regions regions;
    private final CasePersons persons;
    private final MessageSource messages;
    private final Clock clock;

    SheetCheck(Regions regions, CasePersons persons, MessageSource messages, Clock clock) {
        this.regions = regions;
        this.persons = persons;
        this.messages = messages;
        this.clock = clock;
    }

    static boolean isXlsx(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    CheckedFile check(byte[] content, RegionScope scope) {
        return check(content, scope, rows -> {});
    }

    /** As {@link #check(byte[], RegionScope)}, telling {@code rowsRead} of every data row read (for progress). */
    CheckedFile check(byte[] content, RegionScope scope, IntConsumer rowsRead) {
        String format = isXlsx(content) ? "XLSX" : "CSV";
        Reading reading = new Reading(scope, rowsRead);
        try {
            if (format.equals("XLSX")) {
                XlsxRows.read(content, reading::accept);
            } else {
                CsvRows.read(content, reading::accept);
            }
        } catch (UnreadableFile e) {
            reading.problems.add(Problem.ofFile(e.code()));
        } catch (RowLimitReached e) {
            reading.problems.add(Problem.ofFile("import.too-many-rows", String.valueOf(MAX_ROWS)));
        }
        if (reading.checker == null && reading.problems.isEmpty()) {
            reading.problems.add(Problem.ofFile("import.empty"));
        }
        List<Problem> problems = reading.problems;
        if (problems.size() > MAX_PROBLEMS) {
            int more = problems.size() - MAX_PROBLEMS;
            problems = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            problems.add(Problem.ofFile("import.more-problems", String.valueOf(more)));
        }
        return new CheckedFile(format, reading.rows, problems, reading.rowCount, reading.firstOfCase.size());
    }

    /** Header label (either language, or the column key), normalised → column. */
    private Map<String, Column> headerNames() {
        Map<String, Column> names = new HashMap<>();
        for (Column c : Column.values()) {
            names.put(normal(c.key()), c);
            for (Locale l : LANGUAGES) {
                names.put(normal(messages.getMessage(c.labelKey(), null, c.key(), l)), c);
            }
        }
        return names;
    }

    static String normal(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private final class Reading {
        final RegionScope scope;
        final List<Problem> problems = new ArrayList<>();
        final List<ImportRow> rows = new ArrayList<>();
        final Map<String, ImportRow> firstOfCase = new LinkedHashMap<>();
        final Map<String, Integer> seenRows = new HashMap<>();
        RowChecker checker;
        int rowCount;
        boolean headerFailed;
        final IntConsumer rowsRead;

        Reading(RegionScope scope, IntConsumer rowsRead) {
            this.scope = scope;
            this.rowsRead = rowsRead;
        }

        void accept(RawRow raw) {
            if (raw.blank() || headerFailed) {
                return;
            }
            if (checker == null) {
                header(raw);
                return;
            }
            if (++rowCount > MAX_ROWS) {
                rowCount = MAX_ROWS;
                throw new RowLimitReached();
            }
            rowsRead.accept(1);
            int before = problems.size();
            checker.check(raw, problems).ifPresent(row -> {
                Integer first = seenRows.putIfAbsent(row.rowHash(), row.rowNo());
                if (first != null) {
                    problems.add(new Problem(
                            row.rowNo(), null, null, null, "import.duplicate-row", List.of(String.valueOf(first))));
                    return;
                }
                sameCase(row);
                if (problems.size() == before) {
                    rows.add(row);
                }
            });
        }

        private void sameCase(ImportRow row) {
            ImportRow first = firstOfCase.putIfAbsent(row.caseKey(), row);
            if (first == null) {
                return;
            }
            var a = first.kase();
            var b = row.kase();
            differs(row, Column.CASE_REGION, a.regionCode(), b.regionCode(), first.rowNo());
            differs(row, Column.CASE_SUMMARY, a.summary(), b.summary(), first.rowNo());
            differs(row, Column.REPORT_CHANNEL, a.reportChannel(), b.reportChannel(), first.rowNo());
            differs(row, Column.MODUS, a.modus(), b.modus(), first.rowNo());
            differs(row, Column.REPORT_DESCRIPTION, a.reportDescription(), b.reportDescription(), first.rowNo());
        }

        private void differs(ImportRow row, Column c, String first, String later, int firstRow) {
            if (later != null && !Objects.equals(first, later)) {
                problems.add(new Problem(
                        row.rowNo(),
                        c,
                        null,
                        later,
                        "import.case-inconsistent",
                        List.of(row.caseKey(), String.valueOf(firstRow))));
            }
        }

        private void header(RawRow raw) {
            Map<String, Column> names = headerNames();
            Map<Column, Integer> positions = new EnumMap<>(Column.class);
            for (int i = 0; i < raw.cells().size(); i++) {
                String cell = raw.cell(i);
                if (cell == null || cell.isBlank()) {
                    continue;
                }
                Column c = names.get(normal(cell));
                String ref = RowCells.letter(i) + raw.rowNo();
                if (c == null) {
                    problems.add(new Problem(raw.rowNo(), null, ref, cell, "import.column-unknown", List.of()));
                } else if (positions.putIfAbsent(c, i) != null) {
                    problems.add(new Problem(raw.rowNo(), c, ref, cell, "import.column-duplicate", List.of()));
                }
            }
            for (Column c : Column.values()) {
                if (c.required() && !positions.containsKey(c)) {
                    problems.add(new Problem(raw.rowNo(), c, null, null, "import.column-missing", List.of()));
                }
            }
            if (raw.cells().size() == 1 && raw.cell(0).matches(".*[;\\t|,].*")) {
                problems.add(Problem.ofFile("import.csv-delimiter"));
            }
            if (!problems.isEmpty()) {
                headerFailed = true;
                return;
            }
            checker = new RowChecker(positions, new RegionResolver(regions), persons, scope, LocalDate.now(clock));
        }
    }
}
