package org.mentorflow.credits;

import java.util.List;

/**
 * What a profile shows of a person's credits: the total and, per event, how often and how many points,
 * in the order the person first earned them.
 */
public record CreditSummary(int total, List<Achievement> achievements) {

    /** For example MEETING_CONFIRMED, 3 times, 15 points: "3 meetings confirmed". */
    public record Achievement(String event, int count, int points) {
    }
}
