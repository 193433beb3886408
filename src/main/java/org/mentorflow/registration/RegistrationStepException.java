package org.mentorflow.registration;

/** A step the person cannot take now; the message key says why, in words for them. */
public class RegistrationStepException extends RuntimeException {

    private final String messageKey;

    public RegistrationStepException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
