package org.mentorflow.mentorship;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Makes the refusals of the mentorship rules ({@link MentorshipRefusedException}; the request stage makes its own
 * from {@link #english(String, Object...)}). Their sentences live in the message files only: the English one
 * becomes the exception's message (Tasklist, log), the portal shows the same key in the reader's language.
 */
@Component
public class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    public MentorshipRefusedException refuse(MentorshipRefusedException.Reason reason, String code, Object... arguments) {
        return new MentorshipRefusedException(reason, code, arguments, english(code, arguments));
    }

    /** The English sentence of a message key: a refusal's own message, for Tasklist and the log. */
    public String english(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.ENGLISH);
    }

    /** A state as the message files name it ("accepted", "angenommen"), as an argument of a refusal. */
    public static MessageSourceResolvable state(MentorshipState state) {
        return new DefaultMessageSourceResolvable("state." + state.name());
    }

    public String english(MessageSourceResolvable message) {
        return messages.getMessage(message, Locale.ENGLISH);
    }

    /** Several problems as one English paragraph. */
    public String english(List<? extends MessageSourceResolvable> problems) {
        return String.join(" ", problems.stream().map(this::english).toList());
    }
}
