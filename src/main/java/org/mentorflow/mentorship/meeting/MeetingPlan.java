package org.mentorflow.mentorship.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** When and where a meeting is to happen, as the mentee proposes it. */
public record MeetingPlan(Instant startsAt, int durationMinutes, String place, String topic) {

    /** What is wrong with this plan at {@code now}, in sentences (message keys); empty when it is fine. */
    List<MessageSourceResolvable> problems(Instant now) {
        List<MessageSourceResolvable> problems = new ArrayList<>();
        if (startsAt == null) {
            problems.add(sentence("answers.meeting.start-missing"));
        } else if (!startsAt.isAfter(now)) {
            problems.add(sentence("answers.meeting.past"));
        }
        if (durationMinutes < 15 || durationMinutes > 480) {
            problems.add(sentence("answers.meeting.duration"));
        }
        if (place == null || place.isBlank()) {
            problems.add(sentence("answers.meeting.place"));
        }
        return problems;
    }

    private static MessageSourceResolvable sentence(String code) {
        return new DefaultMessageSourceResolvable(code);
    }
}
