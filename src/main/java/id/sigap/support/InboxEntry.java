package id.sigap.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a user's work inbox from an {@link InboxSource}: its kind (a message key, e.g. {@code
 * plans.inbox.followup.kind}), a title as a message key with its arguments (only text the user may already see where
 * the link leads, never a victim's or witness's name), the due date (null: none), whether it is overdue, and the
 * application path it links to.
 */
public record InboxEntry(
        String kindKey, String titleKey, List<String> titleArgs, LocalDate dueOn, boolean overdue, String link) {

    public InboxEntry {
        Objects.requireNonNull(kindKey, "kindKey");
        Objects.requireNonNull(titleKey, "titleKey");
        titleArgs = List.copyOf(titleArgs);
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("link must be an application path");
        }
        if (overdue && dueOn == null) {
            throw new IllegalArgumentException("overdue without a due date");
        }
    }
}
