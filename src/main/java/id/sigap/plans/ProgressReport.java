package id.sigap.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One quarter's progress of an indicator, as reported by its responsible agency. */
public record ProgressReport(
        long id,
        long indicatorId,
        int year,
        int quarter,
        BigDecimal value,
        String narrative,
        String obstacles,
        ReportStatus status,
        String returnReason,
        long agencyId,
        OffsetDateTime submittedAt,
        LocalDate dueOn,
        boolean late,
        int version) {}
