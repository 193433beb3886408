package org.mentorflow.mentorship;

import org.springframework.context.MessageSourceResolvable;

/**
 * A step that the programme's rules do not allow, with the rule that refused it (each subclass's own {@code Reason}). It is a message
 * key with its arguments, so a page shows it in the reader's language ({@code messageSource.getMessage(refusal,
 * locale)}); its own message is the English sentence, for Tasklist and the log.
 */
public abstract class RefusalException extends RuntimeException implements MessageSourceResolvable {

    private final Enum<?> reason;
    private final String code;
    private final Object[] arguments;

    protected RefusalException(Enum<?> reason, String code, Object[] arguments, String englishMessage) {
        super(englishMessage);
        this.reason = reason;
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** Subclasses narrow it to their own enum (Java allows no generic exceptions). */
    public Enum<?> getReason() {
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
