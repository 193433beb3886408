package org.mentorflow.mentorship;

/**
 * A step on a mentorship that the programme's rules do not allow: a cancellation, a change to the agreement.
 * (What the request stage refuses is a {@code request.RequestRefusedException}.)
 */
public class MentorshipRefusedException extends RefusalException {

    public enum Reason {
        /** Only the mentee and the mentor act on their mentorship. */
        NOT_A_PARTICIPANT,
        /** A cancellation without a reason, or with one longer than its column. */
        REASON_MISSING, REASON_TOO_LONG,
        /** The mentorship has ended, perhaps by the other side in the same moment. */
        ENDED,
        /** An agreement change needs a running mentorship, and one open change at a time. */
        NOT_RUNNING, CHANGE_PENDING
    }

    MentorshipRefusedException(Reason reason, String code, Object[] arguments, String englishMessage) {
        super(reason, code, arguments, englishMessage);
    }

    @Override
    public Reason getReason() {
        return (Reason) super.getReason();
    }
}
