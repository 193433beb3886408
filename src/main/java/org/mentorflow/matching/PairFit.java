package org.mentorflow.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorflow.people.MentoringLevel;

/**
 * Who may be paired in a match proposal, how each side ranks the other, and the reasons a pair shows. Pure: it
 * compares profiles and knows nothing of the database.
 *
 * <p>A pair is acceptable when the mentor mentors the student's level (a doctoral student needs a mentor offering
 * DOCTORAL) and both speak a language. Beyond their own choices, a student ranks mentors by shared fields of study,
 * related fields (same category), shared languages and the same location. A mentor ranks students by the words of
 * their stated preferences that the student's profile has, then doctoral students first if the mentor offers the
 * doctoral level (few mentors can take them), then shared languages and fields.
 */
final class PairFit {

    static final int SAME_FIELD = 10;
    static final int RELATED_FIELD = 4;
    static final int SAME_LANGUAGE = 3;
    static final int SAME_LOCATION = 4;

    static final int PREFERENCE_WORD = 8;
    static final int MAX_PREFERENCE_WORDS = 3;
    static final int DOCTORAL_FOR_DOCTORAL_MENTOR = 5;
    static final int MENTOR_SAME_LANGUAGE = 2;
    static final int MENTOR_SAME_FIELD = 4;
    static final int MENTOR_RELATED_FIELD = 2;

    /** Shorter words say little; "tech" and "data" count, "job" does not. */
    private static final int MIN_WORD = 4;
    /** Two words match when one starts with the other's first letters: "startup" and "startups", "founder" and "founding". */
    private static final int PREFIX = 5;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    /** Words of every preference text ("I would like to mentor a student ..."), English and German. */
    private static final Set<String> FILLER = Set.of(
            "about", "also", "especially", "from", "have", "ideally", "interested", "like", "mentee", "mentees", "mentor",
            "mentoring", "mentors", "more", "other", "people", "prefer", "preferably", "some", "someone", "student",
            "students", "that", "their", "them", "they", "this", "those", "want", "well", "what", "which", "who", "with",
            "would", "your", "auch", "besonders", "eine", "einen", "einer", "gerne", "gern", "jemand", "jemanden", "mentorin",
            "möchte", "oder", "sind", "studentin", "studenten", "studierende", "studierenden", "und", "wäre",
            "würde", "diese", "dieser", "aber", "mich", "mein", "meine");

    /** What the proposal knows of a student: their level, languages, fields (and categories), place and words. */
    record StudentProfile(String id, MentoringLevel level, Set<String> languages, Set<String> fields,
            Set<String> categories, String location, Set<String> words) {
    }

    /** What it knows of a mentor candidate: levels, languages, fields (and categories), place, preference words. */
    record MentorProfile(String id, Set<MentoringLevel> levels, Set<String> languages, Set<String> fields,
            Set<String> categories, String location, Set<String> preferenceWords) {
    }

    private PairFit() {
    }

    static boolean acceptable(StudentProfile student, MentorProfile mentor) {
        return mentor.levels().contains(student.level()) && !shared(student.languages(), mentor.languages()).isEmpty();
    }

    /** How much the student would like this mentor, beyond their own choices. */
    static int studentScore(StudentProfile student, MentorProfile mentor) {
        return SAME_FIELD * shared(student.fields(), mentor.fields()).size()
                + RELATED_FIELD * relatedCategories(student, mentor).size()
                + SAME_LANGUAGE * shared(student.languages(), mentor.languages()).size()
                + (sameLocation(student, mentor) ? SAME_LOCATION : 0);
    }

    /** How much the mentor would like this student. */
    static int mentorScore(MentorProfile mentor, StudentProfile student) {
        return PREFERENCE_WORD * preferred(mentor, student).size()
                + (student.level() == MentoringLevel.DOCTORAL && mentor.levels().contains(MentoringLevel.DOCTORAL)
                        ? DOCTORAL_FOR_DOCTORAL_MENTOR : 0)
                + MENTOR_SAME_LANGUAGE * shared(student.languages(), mentor.languages()).size()
                + MENTOR_SAME_FIELD * shared(student.fields(), mentor.fields()).size()
                + MENTOR_RELATED_FIELD * relatedCategories(student, mentor).size();
    }

    /** The reasons a proposed pair shows, the student's choice first; {@code choiceRank} null if not chosen. */
    static List<MatchReason> reasons(StudentProfile student, MentorProfile mentor, Integer choiceRank) {
        List<MatchReason> reasons = new ArrayList<>();
        if (choiceRank != null) {
            reasons.add(new MatchReason(MatchReason.Kind.CHOICE, String.valueOf(choiceRank)));
        }
        List<String> wished = preferred(mentor, student);
        if (!wished.isEmpty()) {
            reasons.add(new MatchReason(MatchReason.Kind.PREFERENCE, String.join(", ", wished)));
        }
        reasons.add(new MatchReason(MatchReason.Kind.LEVEL, student.level().name()));
        shared(student.languages(), mentor.languages())
                .forEach(language -> reasons.add(new MatchReason(MatchReason.Kind.LANGUAGE, language)));
        shared(student.fields(), mentor.fields()).forEach(field -> reasons.add(new MatchReason(MatchReason.Kind.FIELD, field)));
        relatedCategories(student, mentor)
                .forEach(category -> reasons.add(new MatchReason(MatchReason.Kind.RELATED_FIELD, category)));
        if (sameLocation(student, mentor)) {
            reasons.add(new MatchReason(MatchReason.Kind.LOCATION, mentor.location().strip()));
        }
        return reasons;
    }

    /** The meaningful words of texts: lower case, letters only, each once, in order. */
    static Set<String> words(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher matcher = LETTERS.matcher(text.toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                String word = matcher.group();
                if (word.length() >= MIN_WORD && !FILLER.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** The mentor's preference words that the student's words match, at most {@link #MAX_PREFERENCE_WORDS}. */
    private static List<String> preferred(MentorProfile mentor, StudentProfile student) {
        return mentor.preferenceWords().stream()
                .filter(wish -> student.words().stream().anyMatch(word -> match(wish, word)))
                .limit(MAX_PREFERENCE_WORDS).toList();
    }

    private static boolean match(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.startsWith(shorter.length() > PREFIX ? shorter.substring(0, PREFIX) : shorter);
    }

    /** Categories the two share, when they share no field (a shared field says more and is listed itself). */
    private static List<String> relatedCategories(StudentProfile student, MentorProfile mentor) {
        return shared(student.fields(), mentor.fields()).isEmpty() ? shared(student.categories(), mentor.categories())
                : List.of();
    }

    private static boolean sameLocation(StudentProfile student, MentorProfile mentor) {
        return normal(student.location()) != null && normal(student.location()).equals(normal(mentor.location()));
    }

    private static String normal(String location) {
        return location == null || location.isBlank() ? null : location.strip().toLowerCase(Locale.ROOT);
    }

    /** The elements of the first set that the second has, in the first's order. */
    private static List<String> shared(Set<String> first, Set<String> second) {
        return first.stream().filter(second::contains).toList();
    }
}
