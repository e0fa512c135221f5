package id.sigap.dataimport.internal;

import id.sigap.dataimport.ImportStatus;
import java.time.OffsetDateTime;

/** An import as its pages and API show it (never the file's content). */
public record ImportSummary(
        long id,
        long agencyId,
        long uploadedBy,
        String scopeRegion,
        boolean nationalScope,
        String fileName,
        String fileHash,
        String format,
        ImportStatus status,
        int rowCount,
        int caseCount,
        int problemCount,
        int casesCreated,
        int personsCreated,
        int rowsSkipped,
        String lastError,
        OffsetDateTime uploadedAt,
        OffsetDateTime committedAt) {}
