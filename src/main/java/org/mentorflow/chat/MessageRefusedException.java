package org.mentorflow.chat;

/** A message that cannot be sent, with the message key that tells the writer why, in their language. */
class MessageRefusedException extends RuntimeException {

    enum Reason { EMPTY, TOO_LONG, CLOSED }

    private final Reason reason;
    private final transient Object[] args;

    MessageRefusedException(Reason reason, String explanation, Object... args) {
        super(explanation);
        this.reason = reason;
        this.args = args;
    }

    Reason reason() {
        return reason;
    }

    String messageKey() {
        return "chat.error." + reason.name().toLowerCase().replace('_', '-');
    }

    Object[] args() {
        return args;
    }
}
