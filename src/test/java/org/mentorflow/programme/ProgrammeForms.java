package org.mentorflow.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A complete cohort form as a coordinator fills it in: the 2031 cohort, dates as in the Aalto schedule. */
final class ProgrammeForms {

    private ProgrammeForms() {
    }

    static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, String> cohort(String slug, int year) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "COHORT");
        form.put("name", "Mentoring Programme " + year);
        form.put("slug", slug);
        form.put("description", "A six-month programme from January to June.");
        form.put("whoMayJoin", "Master's and doctoral students; alumni with four years of working life as mentors.");
        form.put("certificateName", "");
        form.put("timeZone", "Europe/Helsinki");
        form.put("languages", "en,fi");
        form.put("maxOpenRequestsPerMentee", "1");
        form.put("maxOpenRequestsPerMentor", "2");
        form.put("capacityChoices", "1,2");
        form.put("requestReminderDays", "3");
        form.put("requestReminders", "2");
        form.put("requestExpiryDays", "14");
        form.put("agreementReminderDays", "7");
        form.put("agreementReminders", "1");
        form.put("inactivityDays", "30");
        form.put("nonAlumniMentorsWelcome", "on");
        form.put("mentorLevels", "MASTERS,DOCTORAL");
        form.put("coordinatorGroup", "coordinators");
        form.put("mentorInvitation", "PAST_MENTORS");
        form.put("signupFrom", year + "-01-07");
        form.put("signupTo", year + "-01-16");
        form.put("requestsFrom", year + "-01-20");
        form.put("requestsTo", year + "-01-26");
        form.put("runsFrom", year + "-01-01");
        form.put("runsUntil", year + "-06-30");
        form.put("halfway", "");
        form.put("surveyReminderDays", "7");
        form.put("studentBriefingTitle", "Briefing session for students");
        form.put("studentBriefingDate", year + "-01-28");
        form.put("studentBriefingStart", "16:00");
        form.put("studentBriefingEnd", "18:00");
        form.put("studentBriefingPlace", "Otaniemi campus, Undergraduate Centre, hall U1");
        form.put("mentorBriefingTitle", "Briefing session for mentors");
        form.put("mentorBriefingDate", year + "-01-30");
        form.put("mentorBriefingStart", "17:00");
        form.put("mentorBriefingEnd", "18:30");
        form.put("mentorBriefingLink", "https://aalto.zoom.us/j/123456789");
        return form;
    }

    static Map<String, String> with(Map<String, String> form, String... fieldsAndValues) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            changed.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return changed;
    }
}
