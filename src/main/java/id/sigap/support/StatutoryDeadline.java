package id.sigap.support;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The statutory deadline of a service: at most 7 days after the application (UU 21/2007 Pasal 52 for rehabilitation,
 * repatriation and reintegration; Pasal 53 for first aid when trauma or illness endangers the victim). The service
 * is on time when it starts on or before {@link #due()}.
 */
public record StatutoryDeadline(LocalDate applied, LocalDate due, String article) {

    public static final int DAYS = 7;

    public StatutoryDeadline {
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(article, "article");
    }

    /** The deadline of {@code service} applied for on {@code appliedOn}; empty where the law sets none. */
    public static Optional<StatutoryDeadline> of(ServiceType service, boolean firstAid, LocalDate appliedOn) {
        if (appliedOn == null || service == null) {
            return Optional.empty();
        }
        if (firstAid && service == ServiceType.HEALTH_REHABILITATION) {
            return Optional.of(new StatutoryDeadline(appliedOn, appliedOn.plusDays(DAYS), "53"));
        }
        if (!service.hasStatutoryDeadline()) {
            return Optional.empty();
        }
        return Optional.of(new StatutoryDeadline(appliedOn, appliedOn.plusDays(DAYS), "52"));
    }

    /** Where the service stands against the deadline on {@code today}, given the day it started (or null). */
    public State state(LocalDate today, LocalDate startedOn) {
        if (startedOn != null) {
            return startedOn.isAfter(due) ? new State(Kind.MET_LATE, 0) : new State(Kind.MET, 0);
        }
        long left = ChronoUnit.DAYS.between(today, due);
        if (left < 0) {
            return new State(Kind.OVERDUE, -left);
        }
        return new State(left == 0 ? Kind.DUE_TODAY : Kind.RUNNING, left);
    }

    public enum Kind {
        RUNNING,
        DUE_TODAY,
        OVERDUE,
        MET,
        MET_LATE
    }

    /** {@code days}: days left while running, days overdue when overdue, else 0. */
    public record State(Kind kind, long days) {

        public boolean overdue() {
            return kind == Kind.OVERDUE;
        }

        public String labelKey() {
            return "support.deadline." + kind.name();
        }
    }
}
