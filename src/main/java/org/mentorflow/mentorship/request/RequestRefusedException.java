package org.mentorflow.mentorship.request;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request, a withdrawal or a mentor's acceptance that the request stage's rules do not allow. (Later steps
 * refuse with a {@link org.mentorflow.mentorship.MentorshipRefusedException}.) It is a message key with its
 * arguments, so a page shows it in the reader's language ({@code messageSource.getMessage(refusal, locale)}); its
 * own message is the English sentence, for Tasklist and the log.
 */
public class RequestRefusedException extends RuntimeException implements MessageSourceResolvable {

    public enum Reason {
        NOT_A_MENTEE, NOT_A_MENTOR, SELF_REQUEST, APPLICATION_INCOMPLETE, OPEN_REQUEST_EXISTS,
        MENTOR_UNAVAILABLE, MENTOR_NOT_VERIFIED, MENTOR_FULL, MENTOR_HAS_TOO_MANY_REQUESTS, ALREADY_PAIRED,
        NOT_YOUR_REQUEST, NO_LONGER_OPEN, REQUESTER_DEACTIVATED, TEXT_TOO_LONG
    }

    private final Reason reason;
    private final String code;
    private final Object[] arguments;

    RequestRefusedException(Reason reason, String code, Object[] arguments, String englishMessage) {
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
