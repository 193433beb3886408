package org.mentorflow.mentorship.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** When and where a meeting is to happen, as the mentee proposes it. */
public record MeetingPlan(Instant startsAt, int durationMinutes, String place, String topic) {

    /** What is wrong with this plan at {@code now}, in sentences; empty when it is fine. */
    List<String> problems(Instant now) {
        List<String> problems = new ArrayList<>();
        if (startsAt == null) {
            problems.add("Choose a date and time for the meeting.");
        } else if (!startsAt.isAfter(now)) {
            problems.add("The meeting must lie in the future.");
        }
        if (durationMinutes < 15 || durationMinutes > 480) {
            problems.add("A meeting lasts between 15 minutes and 8 hours.");
        }
        if (place == null || place.isBlank()) {
            problems.add("Say where you meet: a place or an online link.");
        }
        return problems;
    }
}
