package org.mentorflow.programme;

/** Where a programme's sign-up or request window stands at a moment. */
public enum Window {
    /** Not yet open: the portal says when it opens. */
    NOT_YET,
    OPEN,
    /** Over: the portal says when it closed. */
    CLOSED;

    static Window of(java.time.Instant opens, java.time.Instant closes, java.time.Instant now) {
        if (opens == null || closes == null) {
            return OPEN;
        }
        if (now.isBefore(opens)) {
            return NOT_YET;
        }
        return now.isBefore(closes) ? OPEN : CLOSED;
    }
}
