package id.sigap.intake;

import java.util.Set;

/**
 * Urgency of a report, computed from its facts: immediate danger (or locked in) weighs most, then a child, then a
 * person abroad. The score orders the triage queue.
 */
public record Urgency(boolean immediateDanger, boolean child, boolean abroad) {

    public static final int ADULT_AGE = 18;

    public static Urgency of(Set<QuickChoice> choices, Integer age, String countryIso2) {
        boolean danger = choices.contains(QuickChoice.IMMEDIATE_DANGER) || choices.contains(QuickChoice.LOCKED_IN);
        boolean child = choices.contains(QuickChoice.CHILD_INVOLVED) || (age != null && age < ADULT_AGE);
        boolean abroad = choices.contains(QuickChoice.ABROAD_NEEDS_HELP) || countryIso2 != null;
        return new Urgency(danger, child, abroad);
    }

    public int score() {
        return (immediateDanger ? 4 : 0) + (child ? 2 : 0) + (abroad ? 1 : 0);
    }
}
