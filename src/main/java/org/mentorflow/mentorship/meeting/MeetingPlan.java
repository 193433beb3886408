package org.mentorflow.mentorship.meeting;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mentorflow.mentorship.TaskAnswers;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** When and where a meeting is to happen, as the mentee proposes it. */
public record MeetingPlan(Instant startsAt, int durationMinutes, String place, String topic) {

    /** A meeting is planned at most this many years ahead: a year 99999 is a typo, and no mentorship runs longer. */
    static final int HORIZON_YEARS = 2;
    /** The columns' sizes: meeting.place, meeting.topic, meeting.mentee_note and mentor_note. */
    static final int MAX_PLACE = 500;
    static final int MAX_TOPIC = 2000;
    static final int MAX_NOTE = 2000;

    /** What is wrong with this plan at {@code now}, in sentences (message keys); empty when it is fine. */
    List<MessageSourceResolvable> problems(Instant now) {
        List<MessageSourceResolvable> problems = new ArrayList<>();
        if (startsAt == null) {
            problems.add(sentence("answers.meeting.start-missing"));
        } else if (!startsAt.isAfter(now)) {
            problems.add(sentence("answers.meeting.past"));
        } else if (beyondHorizon(startsAt, now)) {
            problems.add(sentence("answers.meeting.too-far", HORIZON_YEARS));
        }
        if (durationMinutes < 15 || durationMinutes > 480) {
            problems.add(sentence("answers.meeting.duration"));
        }
        if (place == null || place.isBlank()) {
            problems.add(sentence("answers.meeting.place"));
        }
        TaskAnswers.tooLong(place, MAX_PLACE).ifPresent(problem -> problems.addAll(problem.sentences()));
        TaskAnswers.tooLong(topic, MAX_TOPIC).ifPresent(problem -> problems.addAll(problem.sentences()));
        return problems;
    }

    static boolean beyondHorizon(Instant startsAt, Instant now) {
        return startsAt.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(HORIZON_YEARS).toInstant());
    }

    private static MessageSourceResolvable sentence(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }
}
