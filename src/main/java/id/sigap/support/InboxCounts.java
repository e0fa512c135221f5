package id.sigap.support;

/**
 * What waits for a user: referrals to the user's agency awaiting a decision, the agency's service items with a
 * running deadline, those past it, and the user's own referrals still unanswered.
 */
public record InboxCounts(long referralsWaiting, long itemsDue, long itemsOverdue, long sentAwaitingAnswer) {

    public static final InboxCounts NONE = new InboxCounts(0, 0, 0, 0);

    /** The number shown on the navigation badge: what needs the user's action. */
    public long attention() {
        return referralsWaiting + itemsOverdue;
    }
}
