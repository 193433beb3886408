package org.mentorflow.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a mentor fits a mentee, with the reasons a person can check on the card. Pure: it compares what the
 * two wrote in their profiles and knows nothing of the database, so the ranking is tested on its own.
 *
 * <p>Shared fields of study weigh most; a field in the same superordinate category counts less; then shared
 * languages, the same location, words of the mentee's goals and wishes that the mentor's background mentions,
 * and free places. A mentor whose only merit is a free place is no suggestion.
 */
final class MentorFit {

    static final int SAME_FIELD = 10;
    static final int RELATED_FIELD = 4;
    static final int SAME_LANGUAGE = 3;
    static final int SAME_LOCATION = 4;
    static final int BACKGROUND_WORD = 2;
    static final int MAX_BACKGROUND_WORDS = 3;
    static final int FREE_PLACE = 1;

    /** Words shorter than this carry little meaning ("CV" and "job" are lost, "help" and "thesis" are not). */
    private static final int MIN_WORD = 4;
    /** Letters of a word that must begin a background word: "management" finds "manager". */
    private static final int STEM = 6;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> STOP_WORDS = Set.of(
            "about", "after", "also", "been", "being", "best", "better", "could", "does", "find", "from", "good", "have",
            "help", "into", "just", "know", "like", "make", "more", "most", "much", "need", "other", "over", "should",
            "some", "such", "take", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
            "very", "want", "what", "when", "where", "which", "while", "will", "wish", "with", "would", "year", "years",
            "your", "aber", "auch", "bitte", "dass", "diese", "dieser", "durch", "eine", "einem", "einen", "einer",
            "eines", "etwas", "gerne", "habe", "haben", "hier", "kann", "können", "mehr", "mein", "meine", "meinem",
            "meinen", "meiner", "mich", "möchte", "möchten", "nach", "noch", "oder", "sein", "sich", "sind", "soll",
            "sollte", "über", "unter", "viel", "weil", "wenn", "werden", "wird", "wäre", "zwei");

    /** What the mentee brings: field and category names, language codes, location and the words of their goals. */
    record Interests(Set<String> fields, Set<String> categories, Set<String> languages, String location,
            Set<String> words) {

        static Interests of(List<MentorCard.Field> fields, Set<String> languages, String location, String... texts) {
            Set<String> names = new LinkedHashSet<>();
            Set<String> categories = new LinkedHashSet<>();
            fields.forEach(field -> {
                names.add(field.name());
                categories.add(categoryOf(field));
            });
            Set<String> words = new LinkedHashSet<>();
            for (String text : texts) {
                words.addAll(MentorFit.words(text));
            }
            return new Interests(names, categories, Set.copyOf(languages), normalised(location), words);
        }
    }

    /** One reason on a card; {@code subject} is a field, a category, a language code, a place or a list of words. */
    record Reason(Kind kind, String subject) {

        enum Kind { SAME_FIELD, RELATED_FIELD, SPEAKS, SAME_LOCATION, BACKGROUND, FREE_PLACES }

        public String messageKey() {
            return "page.mentors.reason." + kind.name();
        }

        /** The subject as the reader reads it: a language code becomes the language's name in the reader's language. */
        public String subject(Locale reader) {
            return kind == Kind.SPEAKS ? Locale.forLanguageTag(subject).getDisplayLanguage(reader) : subject;
        }
    }

    /** A listed mentor to rank, with the whole background (the card shows only its start). */
    record Candidate(MentorCard card, String background) {
    }

    record Suggestion(MentorCard card, int score, List<Reason> reasons) {
    }

    private MentorFit() {
    }

    /** The best {@code limit} candidates, best first; among equals the earlier candidate first. */
    static List<Suggestion> rank(Interests mentee, List<Candidate> candidates, int limit) {
        return candidates.stream().map(candidate -> score(mentee, candidate))
                .filter(suggestion -> suggestion.reasons().stream().anyMatch(reason -> reason.kind() != Reason.Kind.FREE_PLACES))
                .sorted(Comparator.comparingInt(Suggestion::score).reversed())
                .limit(limit).toList();
    }

    static Suggestion score(Interests mentee, Candidate candidate) {
        MentorCard mentor = candidate.card();
        int score = 0;
        List<Reason> reasons = new ArrayList<>();
        Set<String> relatedCategories = new LinkedHashSet<>();
        for (MentorCard.Field field : mentor.fields()) {
            if (mentee.fields().contains(field.name())) {
                score += SAME_FIELD;
                reasons.add(new Reason(Reason.Kind.SAME_FIELD, field.name()));
            } else if (mentee.categories().contains(categoryOf(field))) {
                score += RELATED_FIELD;
                relatedCategories.add(categoryOf(field));
            }
        }
        relatedCategories.forEach(category -> reasons.add(new Reason(Reason.Kind.RELATED_FIELD, category)));
        for (String language : mentor.languages()) {
            if (mentee.languages().contains(language)) {
                score += SAME_LANGUAGE;
                reasons.add(new Reason(Reason.Kind.SPEAKS, language));
            }
        }
        if (mentee.location() != null && mentee.location().equals(normalised(mentor.location()))) {
            score += SAME_LOCATION;
            reasons.add(new Reason(Reason.Kind.SAME_LOCATION, mentor.location().strip()));
        }
        List<String> mentioned = mentioned(mentee.words(), candidate.background());
        if (!mentioned.isEmpty()) {
            score += BACKGROUND_WORD * mentioned.size();
            reasons.add(new Reason(Reason.Kind.BACKGROUND, String.join(", ", mentioned)));
        }
        if (mentor.freePlaces() > 0) {
            score += FREE_PLACE * mentor.freePlaces();
            if (mentor.freePlaces() > 1) {
                reasons.add(new Reason(Reason.Kind.FREE_PLACES, Integer.toString(mentor.freePlaces())));
            }
        }
        return new Suggestion(mentor, score, List.copyOf(reasons));
    }

    /**
     * The mentee's words that the background mentions, at most {@link #MAX_BACKGROUND_WORDS}, in the mentee's order.
     * A background word mentions a mentee's word when it starts with the word's first letters ("team" and "teams",
     * "management" and "manager").
     */
    private static List<String> mentioned(Set<String> words, String background) {
        Set<String> backgroundWords = words(background);
        return words.stream().filter(word -> backgroundWords.stream().anyMatch(other -> other.startsWith(stem(word))))
                .limit(MAX_BACKGROUND_WORDS).toList();
    }

    /** The meaningful words of a text, lower case, each once, in order. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                String word = matcher.group();
                if (word.length() >= MIN_WORD && !STOP_WORDS.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String stem(String word) {
        return word.length() > STEM ? word.substring(0, STEM) : word;
    }

    /** A field without a category is a category itself. */
    private static String categoryOf(MentorCard.Field field) {
        return field.category() != null ? field.category() : field.name();
    }

    private static String normalised(String location) {
        return location == null || location.isBlank() ? null : location.strip().toLowerCase(Locale.ROOT);
    }
}
