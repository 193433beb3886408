package org.mentorflow.system;

/**
 * A step the person may not take at all, whatever they send: the REST APIs answer it with 403 instead of 400
 * ({@link RefusalAnswer}), with the same plain sentence in the reader's language.
 */
public class ForbiddenStepException extends StepRefusedException {

    public ForbiddenStepException(String code, Object[] arguments, String englishSentence) {
        super(code, arguments, englishSentence);
    }
}
