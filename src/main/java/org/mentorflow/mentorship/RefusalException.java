package org.mentorflow.mentorship;

import org.mentorflow.system.StepRefusedException;

/**
 * A step that the programme's rules do not allow, with the rule that refused it (each subclass's own {@code Reason}). It is a message
 * key with its arguments, so a page shows it in the reader's language ({@code messageSource.getMessage(refusal,
 * locale)}); its own message is the English sentence, for Tasklist and the log. Thrown inside the engine, it reaches
 * callers as itself and REST callers as a 400 ({@link StepRefusedException}).
 */
public abstract class RefusalException extends StepRefusedException {

    private final Enum<?> reason;

    protected RefusalException(Enum<?> reason, String code, Object[] arguments, String englishMessage) {
        super(code, arguments, englishMessage);
        this.reason = reason;
    }

    /** Subclasses narrow it to their own enum (Java allows no generic exceptions). */
    public Enum<?> getReason() {
        return reason;
    }
}
