package org.mentorflow.programme;

/** Whom a cohort's sign-up invites by mail. */
public enum MentorInvitation {
    /** Alumni who mentored in a programme before. */
    PAST_MENTORS,
    /** Every mentor of the institution. */
    ALL_MENTORS
}
