package id.sigap.audit.web;

import id.sigap.audit.AuditSearch;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The search as typed (query parameters of the page and of {@code GET /api/v1/audit}): all text, so that nothing is
 * rejected before it can be explained. {@link #toSearch} turns it into criteria or reports every bad field at once.
 * Dates are whole days (yyyy-mm-dd, both included) in the server's time zone; by default the last 30 days.
 */
public record AuditFilter(
        String from,
        String to,
        String actor,
        String action,
        String objectType,
        String objectId,
        String sort,
        String dir,
        String page,
        String size) {

    static final int DEFAULT_DAYS = 30;

    public static AuditFilter empty() {
        return new AuditFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** The criteria; throws {@link SigapException.Invalid} naming each bad field. */
    public AuditSearch toSearch(Clock clock) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate fromDate = date("from", from, today(clock).minusDays(DEFAULT_DAYS), problems);
        LocalDate toDate = date("to", to, today(clock), problems);
        AuditEvent.Action parsedAction = action(problems);
        number("page", page, problems);
        number("size", size, problems);
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
        if (toDate.isBefore(fromDate)) {
            throw new SigapException.Invalid("to", "audit.range-invalid");
        }
        ZoneId zone = clock.getZone();
        return new AuditSearch(
                fromDate.atStartOfDay(zone).toInstant(),
                toDate.plusDays(1).atStartOfDay(zone).toInstant(),
                actor,
                parsedAction,
                objectType,
                objectId,
                AuditSearch.Sort.parse(sort),
                "asc".equalsIgnoreCase(dir));
    }

    public PageRequest pageRequest() {
        return PageRequest.of(lenientNumber(page), lenientNumber(size));
    }

    /** This filter with its dates filled in (defaults shown in the form) and its sort spelled out. */
    public AuditFilter resolved(Clock clock) {
        AuditSearch s = toSearch(clock);
        ZoneId zone = clock.getZone();
        return new AuditFilter(
                LocalDate.ofInstant(s.from(), zone).toString(),
                LocalDate.ofInstant(s.to(), zone).minusDays(1).toString(),
                s.actor(),
                s.action() == null ? null : s.action().name(),
                s.objectType(),
                s.objectId(),
                s.sort().name().toLowerCase(java.util.Locale.ROOT),
                s.ascending() ? "asc" : "desc",
                page,
                size);
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private static LocalDate date(String field, String value, LocalDate fallback, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "audit.date-invalid"));
            return fallback;
        }
    }

    private AuditEvent.Action action(List<FieldProblem> problems) {
        if (action == null || action.isBlank()) {
            return null;
        }
        try {
            return AuditEvent.Action.valueOf(action.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("action", "audit.action-invalid"));
            return null;
        }
    }

    private static void number(String field, String value, List<FieldProblem> problems) {
        if (value != null && !value.isBlank() && !value.trim().matches("\\d{1,6}")) {
            problems.add(new FieldProblem(field, "audit.number-invalid"));
        }
    }

    private static Integer lenientNumber(String value) {
        return value == null || !value.trim().matches("\\d{1,6}") ? null : Integer.valueOf(value.trim());
    }
}
