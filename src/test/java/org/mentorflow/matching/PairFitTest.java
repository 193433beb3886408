package org.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorflow.matching.MatchReason.Kind;
import org.mentorflow.people.MentoringLevel;

/** Who may be paired and how each side ranks the other, on profiles alone. */
class PairFitTest {

    static final PairFit.MentorProfile MASTERS_EN = mentor(Set.of(MentoringLevel.MASTERS), Set.of("en"), Set.of("Informatics"),
            Set.of("Computer Science"), "Helsinki", "founders of startups");
    static final PairFit.MentorProfile DOCTORAL_DE = mentor(Set.of(MentoringLevel.DOCTORAL), Set.of("de", "en"), Set.of("Chemistry"),
            Set.of("Natural Sciences"), null, null);

    @Test
    void aDoctoralStudentNeedsADoctoralMentorAndEveryPairACommonLanguage() {
        assertThat(PairFit.acceptable(student(MentoringLevel.DOCTORAL, Set.of("en"), "Informatics", "Computer Science", null), MASTERS_EN)).isFalse();
        assertThat(PairFit.acceptable(student(MentoringLevel.DOCTORAL, Set.of("en"), "Chemistry", "Natural Sciences", null), DOCTORAL_DE)).isTrue();
        assertThat(PairFit.acceptable(student(MentoringLevel.MASTERS, Set.of("fr"), "Informatics", "Computer Science", null), MASTERS_EN)).isFalse();
    }

    @Test
    void aMentorPrefersStudentsWhoseProfileHasTheWordsOfTheirWishes() {
        PairFit.StudentProfile founder = student(MentoringLevel.MASTERS, Set.of("en"), "Informatics", "Computer Science",
                "I am founding a startup");
        PairFit.StudentProfile other = student(MentoringLevel.MASTERS, Set.of("en"), "Informatics", "Computer Science",
                "A job in a large company");
        assertThat(PairFit.mentorScore(MASTERS_EN, founder)).isGreaterThan(PairFit.mentorScore(MASTERS_EN, other));
        assertThat(PairFit.reasons(founder, MASTERS_EN, 2)).containsExactly(new MatchReason(Kind.CHOICE, "2"),
                new MatchReason(Kind.PREFERENCE, "founders, startups"), new MatchReason(Kind.LEVEL, "MASTERS"),
                new MatchReason(Kind.LANGUAGE, "en"), new MatchReason(Kind.FIELD, "Informatics"));
    }

    @Test
    void aStudentPrefersTheSameFieldToARelatedOneAndTheSamePlace() {
        PairFit.StudentProfile student = new PairFit.StudentProfile("s", MentoringLevel.MASTERS, Set.of("en"), Set.of("Informatics"),
                Set.of("Computer Science"), "helsinki ", Set.of());
        PairFit.MentorProfile related = mentor(Set.of(MentoringLevel.MASTERS), Set.of("en"), Set.of("Data Science"),
                Set.of("Computer Science"), null, null);
        assertThat(PairFit.studentScore(student, MASTERS_EN)).isEqualTo(PairFit.SAME_FIELD + PairFit.SAME_LANGUAGE + PairFit.SAME_LOCATION);
        assertThat(PairFit.studentScore(student, related)).isEqualTo(PairFit.RELATED_FIELD + PairFit.SAME_LANGUAGE);
        assertThat(PairFit.reasons(student, related, null)).contains(new MatchReason(Kind.RELATED_FIELD, "Computer Science"));
        assertThat(PairFit.reasons(student, MASTERS_EN, null)).contains(new MatchReason(Kind.LOCATION, "Helsinki"));
    }

    private static PairFit.StudentProfile student(MentoringLevel level, Set<String> languages, String field, String category,
            String goals) {
        return new PairFit.StudentProfile("s", level, languages, Set.of(field), Set.of(category), null,
                PairFit.words(field, category, goals));
    }

    private static PairFit.MentorProfile mentor(Set<MentoringLevel> levels, Set<String> languages, Set<String> fields,
            Set<String> categories, String location, String preferences) {
        return new PairFit.MentorProfile("m", levels, languages, fields, categories, location, PairFit.words(preferences));
    }
}
