package org.mentorflow.mentorship;

import org.springframework.context.MessageSourceResolvable;

/**
 * A step on a mentorship that the programme's rules do not allow: a cancellation, a change to the agreement.
 * (What the request stage refuses is a {@code request.RequestRefusedException}.) It is a message key with its arguments,
 * so a page shows it in the reader's language ({@code messageSource.getMessage(refusal, locale)}); its own message
 * is the English sentence, for Tasklist and the log.
 */
public class MentorshipRefusedException extends RuntimeException implements MessageSourceResolvable {

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

    private final Reason reason;
    private final String code;
    private final Object[] arguments;

    MentorshipRefusedException(Reason reason, String code, Object[] arguments, String englishMessage) {
        super(englishMessage);
        this.reason = reason;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public Reason getReason() {
        return reason;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
