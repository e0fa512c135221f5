package id.sigap.dataimport.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One row as read from the file: its spreadsheet row number (1-based, the header is usually row 1) and its cells. */
record RawRow(int rowNo, List<String> cells) {

    RawRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
