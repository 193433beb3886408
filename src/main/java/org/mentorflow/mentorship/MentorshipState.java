package org.mentorflow.mentorship;

public enum MentorshipState {
    /** Waiting for the mentor's answer. */
    REQUESTED,
    ACCEPTED,
    DECLINED,
    /** The mentor did not answer in time. */
    EXPIRED,
    /** The mentee took the request back. */
    WITHDRAWN;

    /** States that take one of the mentor's places. */
    static final java.util.Set<MentorshipState> OCCUPYING = java.util.EnumSet.of(ACCEPTED);
}
