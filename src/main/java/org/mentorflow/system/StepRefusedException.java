package org.mentorflow.system;

import org.springframework.context.MessageSourceResolvable;

/**
 * A step the rules do not allow, said in a sentence for the person who tried it: a form answer that makes no sense,
 * a finish that needs a reason. Thrown inside the engine (a task listener, a delegate), it reaches the caller as
 * itself ({@link RefusalsUnwrapped}): Java callers catch it, the REST APIs answer 400 with the sentence
 * ({@link RefusalAnswer}). With a message key, each reader gets the sentence in their language; its own message is
 * the English one, for the log.
 */
public class StepRefusedException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    /** A refusal whose sentence exists in English only. */
    public StepRefusedException(String englishSentence) {
        this(null, new Object[0], englishSentence);
    }

    /** A refusal said by a message key with its arguments; {@code englishSentence} is the same in English. */
    public StepRefusedException(String code, Object[] arguments, String englishSentence) {
        super(englishSentence);
        this.code = code;
        this.arguments = arguments.clone();
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
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
