package id.sigap.support;

import id.sigap.security.SigapUser;
import java.time.LocalDate;
import java.util.List;

/**
 * Work that another module puts in a user's work inbox ({@code /kotak-kerja}, {@code GET /api/v1/inbox} and the
 * navigation badge), e.g. the follow-up actions of coordination meetings owned by the user's agency (plans). A module
 * implements it as a Spring bean; support calls every implementation and never depends on them.
 *
 * <p>An implementation decides access itself: it returns only what the user may see and act on, names no victim or
 * witness, and counts what it lists.
 */
public interface InboxSource {

    /** The user's open entries (never done ones), soonest due first, at most {@code limit}. */
    List<InboxEntry> entries(SigapUser user, LocalDate today, int limit);

    /** How many open entries the user has, and how many of them are overdue on {@code today}. */
    Tally tally(SigapUser user, LocalDate today);

    /** {@code overdue} is part of {@code open}. */
    record Tally(long open, long overdue) {

        public static final Tally NONE = new Tally(0, 0);

        public Tally {
            if (open < 0 || overdue < 0 || overdue > open) {
                throw new IllegalArgumentException("tally");
            }
        }

        public Tally plus(Tally other) {
            return new Tally(open + other.open, overdue + other.overdue);
        }
    }
}
