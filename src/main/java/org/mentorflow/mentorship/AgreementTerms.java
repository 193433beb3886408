package org.mentorflow.mentorship;

import java.util.ArrayList;
import java.util.List;

/** What mentee and mentor agree on (sources: duration, number and rhythm of meetings, contact, goals, agenda). */
public record AgreementTerms(int durationMonths, int meetingsPlanned, String rhythm, String contactChannels,
        String contactFrequency, String goals, String agenda) {

    /** Recommended by the programme: 5 to 8 months; shorter or longer is allowed within these bounds. */
    static final int MIN_MONTHS = 1;
    static final int MAX_MONTHS = 24;

    /** What is wrong with these terms, in sentences a mentee understands; empty when they are fine. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (durationMonths < MIN_MONTHS || durationMonths > MAX_MONTHS) {
            problems.add("The duration must be between " + MIN_MONTHS + " and " + MAX_MONTHS + " months (5 to 8 are recommended).");
        }
        if (meetingsPlanned < 1 || meetingsPlanned > 50) {
            problems.add("Plan at least one meeting (and at most 50).");
        }
        if (blank(rhythm)) {
            problems.add("Say how often you meet (the rhythm).");
        }
        if (blank(contactChannels) || blank(contactFrequency)) {
            problems.add("Say how and how often you keep in touch.");
        }
        if (blank(goals)) {
            problems.add("Write down two or three goals.");
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
