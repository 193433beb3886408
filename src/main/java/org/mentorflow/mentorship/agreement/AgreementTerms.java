package org.mentorflow.mentorship.agreement;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** What mentee and mentor agree on (sources: duration, number and rhythm of meetings, contact, goals, agenda). */
public record AgreementTerms(int durationMonths, int meetingsPlanned, String rhythm, String contactChannels,
        String contactFrequency, String goals, String agenda) {

    /** Recommended by the programme: 5 to 8 months; shorter or longer is allowed within these bounds. */
    static final int MIN_MONTHS = 1;
    static final int MAX_MONTHS = 24;
    static final int MAX_MEETINGS = 50;
    /** The columns' sizes: rhythm and contact frequency, contact channels, goals and agenda. */
    public static final int MAX_SHORT_TEXT = 200;
    public static final int MAX_CONTACT = 500;
    public static final int MAX_LONG_TEXT = 4000;

    /** What is wrong with these terms, as message keys of sentences a mentee understands; empty when they are fine. */
    List<MessageSourceResolvable> problems() {
        List<MessageSourceResolvable> problems = new ArrayList<>();
        if (durationMonths < MIN_MONTHS || durationMonths > MAX_MONTHS) {
            problems.add(problem("agreement.problem.duration", MIN_MONTHS, MAX_MONTHS));
        }
        if (meetingsPlanned < 1 || meetingsPlanned > MAX_MEETINGS) {
            problems.add(problem("agreement.problem.meetings", MAX_MEETINGS));
        }
        if (blank(rhythm)) {
            problems.add(problem("agreement.problem.rhythm"));
        }
        if (blank(contactChannels) || blank(contactFrequency)) {
            problems.add(problem("agreement.problem.contact"));
        }
        if (blank(goals)) {
            problems.add(problem("agreement.problem.goals"));
        }
        if (longer(rhythm, MAX_SHORT_TEXT) || longer(contactFrequency, MAX_SHORT_TEXT) || longer(contactChannels, MAX_CONTACT)
                || longer(goals, MAX_LONG_TEXT) || longer(agenda, MAX_LONG_TEXT)) {
            problems.add(problem("agreement.problem.too-long", MAX_SHORT_TEXT, MAX_CONTACT, MAX_LONG_TEXT));
        }
        return problems;
    }

    private static MessageSourceResolvable problem(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean longer(String text, int length) {
        return text != null && text.length() > length;
    }
}
