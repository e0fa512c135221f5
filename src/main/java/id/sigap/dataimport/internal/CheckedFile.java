package id.sigap.dataimport.internal;

import java.util.List;

/** The outcome of reading and checking a file: its rows without problems, and every problem found. */
record CheckedFile(String format, List<ImportRow> rows, List<Problem> problems, int rowCount, int caseCount) {

    CheckedFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    boolean clean() {
        return problems.isEmpty();
    }
}
