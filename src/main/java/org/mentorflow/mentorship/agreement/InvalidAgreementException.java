package org.mentorflow.mentorship.agreement;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * Agreement terms the programme does not accept. The problems are message keys, so a page lists them in the
 * reader's language; the exception's own message is the English paragraph.
 */
public class InvalidAgreementException extends RuntimeException {

    private final List<MessageSourceResolvable> problems;

    InvalidAgreementException(List<MessageSourceResolvable> problems, String englishMessage) {
        super(englishMessage);
        this.problems = List.copyOf(problems);
    }

    public List<MessageSourceResolvable> getProblems() {
        return problems;
    }
}
