package id.sigap.cases;

import java.util.List;

/**
 * What a {@link BulkLoad} wrote: the id and case number of every case, and the id of every person of each case in the
 * order given, plus the number of rows written (all tables).
 */
public record BulkLoadResult(List<Long> caseIds, List<String> caseNumbers, List<List<Long>> personIds, long rows) {

    public BulkLoadResult {
        caseIds = List.copyOf(caseIds);
        caseNumbers = List.copyOf(caseNumbers);
        personIds = personIds.stream().map(List::copyOf).toList();
    }
}
