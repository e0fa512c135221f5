package id.sigap.support;

/**
 * What waits for a user: referrals to the user's agency awaiting a decision, the agency's service items with a
 * running deadline, those past it, the user's own referrals still unanswered, the agency's reintegration visits
 * due soon ({@link ReintegrationVisit#DUE_WINDOW_DAYS} days) or overdue, and the open tasks other modules put in
 * the inbox ({@link InboxSource}: meetings' follow-up actions), of which {@code tasksOverdue} are past their due date.
 */
public record InboxCounts(
        long referralsWaiting,
        long itemsDue,
        long itemsOverdue,
        long sentAwaitingAnswer,
        long visitsDue,
        long visitsOverdue,
        long tasksOpen,
        long tasksOverdue) {

    public static final InboxCounts NONE = new InboxCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /** The number shown on the navigation badge: what needs the user's action (every open task included). */
    public long attention() {
        return referralsWaiting + itemsOverdue + visitsOverdue + tasksOpen;
    }
}
