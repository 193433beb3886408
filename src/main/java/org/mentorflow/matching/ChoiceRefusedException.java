package org.mentorflow.matching;

import org.springframework.context.MessageSourceResolvable;

/** A student's choice of mentors that the cohort does not take now: a message key and its arguments. */
class ChoiceRefusedException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    ChoiceRefusedException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
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
        return null;
    }
}
