package org.mentorflow.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.mentorflow.people.MentoringLevel;

/**
 * The search form as sent: every value a string, so any address a visitor types reaches the page. Reading it
 * drops what cannot be meant (an unknown field, level or language, a page before the first) and tells which.
 */
record SearchForm(String field, String language, String location, String level, String q, String page) {

    /** The query to run, the page to show and the message keys of what was left out or shortened. */
    record Reading(MentorQuery query, int page, List<String> notices) {
    }

    Reading read(Set<Long> knownFieldIds) {
        List<String> notices = new ArrayList<>();
        Long fieldId = null;
        if (filled(field)) {
            fieldId = number(field);
            if (fieldId == null || !knownFieldIds.contains(fieldId)) {
                fieldId = null;
                notices.add("page.mentors.ignored.field");
            }
        }
        String languageCode = null;
        if (filled(language)) {
            if (language.strip().matches("[A-Za-z]{2,3}")) {
                languageCode = language;
            } else {
                notices.add("page.mentors.ignored.language");
            }
        }
        MentoringLevel mentoringLevel = null;
        if (filled(level)) {
            mentoringLevel = Arrays.stream(MentoringLevel.values()).filter(known -> known.name().equalsIgnoreCase(level.strip()))
                    .findFirst().orElse(null);
            if (mentoringLevel == null) {
                notices.add("page.mentors.ignored.level");
            }
        }
        if (tooLong(location) || tooLong(q)) {
            notices.add("page.mentors.shortened");
        }
        Long pageNumber = filled(page) ? number(page) : Long.valueOf(0);
        if (pageNumber == null || pageNumber < 0) {
            notices.add("page.mentors.ignored.page");
        }
        int shownPage = pageNumber == null || pageNumber < 0 ? 0 : (int) Math.min(pageNumber, Integer.MAX_VALUE / 100);
        return new Reading(new MentorQuery(fieldId, languageCode, location, mentoringLevel, q), shownPage, notices);
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean tooLong(String value) {
        return value != null && value.strip().length() > MentorQuery.MAX_TEXT;
    }

    private static Long number(String value) {
        return value.strip().matches("-?\\d{1,18}") ? Long.valueOf(value.strip()) : null;
    }
}
