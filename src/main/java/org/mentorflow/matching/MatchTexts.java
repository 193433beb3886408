package org.mentorflow.matching;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A proposal's reasons as sentences in the reader's language. */
@Component
public class MatchTexts {

    private final MessageSource messages;

    MatchTexts(MessageSource messages) {
        this.messages = messages;
    }

    String reason(MatchReason reason, String studentFirstName, String mentorFirstName, Locale reader) {
        return messages.getMessage(reason.messageKey(), reason.arguments(studentFirstName, mentorFirstName, reader), reader);
    }

    public String reasons(List<MatchReason> reasons, String studentFirstName, String mentorFirstName, Locale reader) {
        return reasons.stream().map(reason -> reason(reason, studentFirstName, mentorFirstName, reader))
                .collect(Collectors.joining(", "));
    }
}
