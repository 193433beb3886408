package org.mentorflow.directory;

import java.util.List;
import java.util.Locale;
import org.mentorflow.people.MentoringLevel;

/**
 * A mentor as a visitor sees them before any request: no contact details, no surname beyond its initial, and no
 * login name: links name the mentor by the random public id.
 *
 * @param publicId the mentor's public id, for the request link
 * @param languages ISO 639 codes; {@link #languageNames(Locale)} gives them in the reader's language
 * @param backgroundExcerpt the start of the professional background, cut at a word
 */
public record MentorCard(String publicId, String displayName, List<Field> fields, List<String> languages, String location,
        List<MentoringLevel> levels, String backgroundExcerpt, int freePlaces) {

    /** A field of study with its superordinate category (null when the field is a category itself). */
    public record Field(String name, String category) {
    }

    public List<String> languageNames(Locale reader) {
        return languages.stream().map(code -> Locale.forLanguageTag(code).getDisplayLanguage(reader)).toList();
    }
}
