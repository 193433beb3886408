package org.mentorflow.directory;

import java.util.Locale;
import org.mentorflow.people.MentoringLevel;

/**
 * What a visitor searches for; every part is optional (null: no filter). Texts are trimmed, blanks dropped and
 * cut to {@link #MAX_TEXT} characters, so no query costs more than a sensible one.
 *
 * @param fieldId a field of study, or a superordinate category standing for all its fields
 * @param language ISO 639 code of a language the mentor speaks, such as "de"
 * @param location part of the mentor's location
 * @param text part of the professional background, a field's or category's name, or the location
 */
public record MentorQuery(Long fieldId, String language, String location, MentoringLevel level, String text) {

    public static final int MAX_TEXT = 200;

    public static final MentorQuery ANY = new MentorQuery(null, null, null, null, null);

    public MentorQuery {
        language = clean(language) == null ? null : clean(language).toLowerCase(Locale.ROOT);
        location = clean(location);
        text = clean(text);
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.length() > MAX_TEXT ? trimmed.substring(0, MAX_TEXT) : trimmed;
    }
}
