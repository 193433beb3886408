package org.mentorflow.mentorship;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

public enum MentorshipState {
    /** Waiting for the mentor's answer. */
    REQUESTED,
    /** The mentor said yes; the two agree on the frame of the mentorship. */
    ACCEPTED,
    DECLINED,
    /** The mentor did not answer in time. */
    EXPIRED,
    /** The mentee took the request back. */
    WITHDRAWN,
    /** Both approved the agreement: the official start. */
    ACTIVE,
    /** Both confirmed the end. */
    COMPLETED,
    /** One side ended it early. */
    CANCELLED;

    /** States that take one of the mentor's places (the mentor directory counts them too). */
    public static final Set<MentorshipState> OCCUPYING = EnumSet.of(ACCEPTED, ACTIVE);
    /** States in which either side may still cancel. */
    public static final Set<MentorshipState> OPEN = EnumSet.of(REQUESTED, ACCEPTED, ACTIVE);

    private static final Map<MentorshipState, Set<MentorshipState>> NEXT = Map.of(
            REQUESTED, EnumSet.of(ACCEPTED, DECLINED, EXPIRED, WITHDRAWN, CANCELLED),
            ACCEPTED, EnumSet.of(ACTIVE, CANCELLED),
            ACTIVE, EnumSet.of(COMPLETED, CANCELLED));

    boolean canMoveTo(MentorshipState next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }
}
