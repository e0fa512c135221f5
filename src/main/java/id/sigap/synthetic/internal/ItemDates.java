package id.sigap.synthetic.internal;

import id.sigap.support.Outcome;
import java.time.LocalDate;

/**
 * Where a generated service item stands, with its dates counted from the day the case was opened: in a closed case
 * done (on or before the closing day) or closed with a reason; in an open case done, in progress or not started
 * (more often the more recent the case). Most
 * services start within the statutory 7 days, a fifth late. Nothing is dated after {@link Outcomes#LIMIT}.
 */
final class ItemDates {

    /** An item's dates and end; {@code started} null: not started (overdue where a deadline applies). */
    record Dated(LocalDate requested, LocalDate started, LocalDate completed, Outcome outcome, String closingReason) {

        boolean done() {
            return completed != null;
        }
    }

    private static final String[] CLOSING = {
        "Korban menolak layanan setelah diberi penjelasan",
        "Layanan tidak tersedia di wilayah korban",
        "Tidak diperlukan menurut hasil asesmen",
        "Korban tidak dapat dihubungi lagi"
    };
    private static final Outcome[] CLOSING_OUTCOME = {
        Outcome.DECLINED_BY_PERSON, Outcome.NOT_AVAILABLE, Outcome.NOT_NEEDED, Outcome.OTHER
    };

    private final Dice d;
    private final LocalDate closedOn;
    private final LocalDate opened;

    ItemDates(Dice d, LocalDate closedOn, LocalDate opened) {
        this.d = d;
        this.closedOn = closedOn;
        this.opened = opened;
    }

    boolean closed() {
        return closedOn != null;
    }

    /** A day {@code from}–{@code to} days after the opening, never after the closing. */
    LocalDate day(int from, int to) {
        return cap(opened.plusDays(d.between(from, to)));
    }

    LocalDate cap(LocalDate day) {
        LocalDate out = day.isAfter(Outcomes.LIMIT) ? Outcomes.LIMIT : day;
        return closedOn != null && out.isAfter(closedOn) ? closedOn : out;
    }

    /** Identification happens at registration: done within days. */
    Dated identification() {
        return new Dated(opened, opened, cap(opened.plusDays(d.between(0, 3))), Outcome.DELIVERED, null);
    }

    /** An item applied for {@code from}–{@code to} days after the opening. */
    Dated requested(int from, int to) {
        LocalDate requested = day(from, to);
        LocalDate start = cap(requested.plusDays(d.chance(0.8) ? d.between(0, 6) : d.between(8, 40)));
        LocalDate end = cap(start.plusDays(d.between(3, 120)));
        if (closed()) {
            if (d.chance(0.1)) {
                int why = d.below(CLOSING.length);
                return new Dated(requested, null, null, CLOSING_OUTCOME[why], CLOSING[why]);
            }
            return new Dated(requested, start, end, delivered(), null);
        }
        // the last year's cases are still being worked on: fewer of their services are done
        boolean recent = opened.getYear() == CaseMaker.LAST.getYear();
        int x = d.below(100);
        if (x < (recent ? 30 : 50)) {
            return new Dated(requested, start, end, delivered(), null);
        }
        return x < (recent ? 60 : 78)
                ? new Dated(requested, start, null, null, null)
                : new Dated(requested, null, null, null, null);
    }

    private Outcome delivered() {
        return d.chance(0.88) ? Outcome.DELIVERED : Outcome.PARTLY_DELIVERED;
    }
}
