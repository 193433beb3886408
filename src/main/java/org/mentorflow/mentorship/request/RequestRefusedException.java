package org.mentorflow.mentorship.request;

import org.mentorflow.mentorship.RefusalException;

/**
 * A request, a withdrawal or a mentor's acceptance that the request stage's rules do not allow. (Later steps
 * refuse with a {@link org.mentorflow.mentorship.MentorshipRefusedException}.)
 */
public class RequestRefusedException extends RefusalException {

    public enum Reason {
        NOT_A_MENTEE, NOT_A_MENTOR, SELF_REQUEST, APPLICATION_INCOMPLETE, OPEN_REQUEST_EXISTS,
        MENTOR_UNAVAILABLE, MENTOR_NOT_VERIFIED, MENTOR_FULL, MENTOR_HAS_TOO_MANY_REQUESTS, ALREADY_PAIRED,
        NOT_YOUR_REQUEST, NO_LONGER_OPEN, REQUESTER_DEACTIVATED, TEXT_TOO_LONG, OUTSIDE_REQUEST_WINDOW, NOT_A_CANDIDATE, ACCESS_CODE_MISSING
    }

    RequestRefusedException(Reason reason, String code, Object[] arguments, String englishMessage) {
        super(reason, code, arguments, englishMessage);
    }

    @Override
    public Reason getReason() {
        return (Reason) super.getReason();
    }
}
