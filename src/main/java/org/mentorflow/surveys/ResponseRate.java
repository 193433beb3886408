package org.mentorflow.surveys;

/**
 * How one survey of one programme went: people invited, those who answered (at least one question), those reminded.
 *
 * @param invited   invitations sent, one per person and mentorship
 * @param answered  invitations answered
 * @param reminded  reminders sent (at most one per invitation)
 */
public record ResponseRate(long invited, long answered, long reminded) {

    /** Answered of invited in whole per cent, rounded; 0 while nobody was invited. */
    public int percent() {
        return invited == 0 ? 0 : (int) Math.round(answered * 100.0 / invited);
    }
}
