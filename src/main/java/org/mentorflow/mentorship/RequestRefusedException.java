package org.mentorflow.mentorship;

/** A request, withdrawal or answer that the programme's rules do not allow; the message says why. */
public class RequestRefusedException extends RuntimeException {

    public enum Reason {
        NOT_A_MENTEE, NOT_A_MENTOR, SELF_REQUEST, APPLICATION_INCOMPLETE, OPEN_REQUEST_EXISTS,
        MENTOR_UNAVAILABLE, MENTOR_NOT_VERIFIED, MENTOR_FULL, MENTOR_HAS_TOO_MANY_REQUESTS, ALREADY_PAIRED,
        NOT_YOUR_REQUEST, NO_LONGER_OPEN, REQUESTER_DEACTIVATED
    }

    private final Reason reason;

    RequestRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
