package id.sigap.dataimport.web;

import id.sigap.dataimport.internal.ImportProgress;
import id.sigap.dataimport.internal.ImportSummary;
import id.sigap.shared.Page;
import java.time.OffsetDateTime;

/** An import in the JSON API: status, counts, commit progress and one page of its problems. */
record ImportJson(
        long id,
        String status,
        String fileName,
        String fileSha256,
        String format,
        int rowCount,
        int caseCount,
        int problemCount,
        int casesCreated,
        int personsCreated,
        int rowsSkipped,
        String lastError,
        Progress progress,
        Page<ProblemText> problems,
        OffsetDateTime uploadedAt,
        OffsetDateTime committedAt) {

    record Progress(int done, int total, int percent) {}

    static ImportJson of(ImportSummary s, ImportProgress.Done done, Page<ProblemText> problems) {
        return new ImportJson(
                s.id(),
                s.status().name(),
                s.fileName(),
                s.fileHash(),
                s.format(),
                s.rowCount(),
                s.caseCount(),
                s.problemCount(),
                s.casesCreated(),
                s.personsCreated(),
                s.rowsSkipped(),
                s.lastError(),
                new Progress(done.done(), done.total(), done.percent()),
                problems,
                s.uploadedAt(),
                s.committedAt());
    }
}
