package org.mentorflow.surveys;

/**
 * A survey step someone may not take, with the message (in surveys*.properties) that says why in plain words;
 * the pages show it in the reader's language.
 */
class SurveyRefusedException extends RuntimeException {

    enum Reason {
        /** No such invitation, or somebody else's: the page answers 404 and shows nothing of it. */
        NOT_YOURS,
        ALREADY_ANSWERED,
        CLOSED,
        NOTHING_ANSWERED,
        INVALID_ANSWER,
        /** A coordinator's change to the questions that would break what is stored. */
        QUESTION_CHANGE
    }

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] arguments;

    SurveyRefusedException(Reason reason, String messageKey, Object... arguments) {
        super(messageKey);
        this.reason = reason;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    Reason reason() {
        return reason;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
