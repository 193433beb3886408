package org.mentorflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorflow.directory.MentorFit.Candidate;
import org.mentorflow.directory.MentorFit.Interests;
import org.mentorflow.directory.MentorFit.Reason;
import org.mentorflow.directory.MentorFit.Reason.Kind;
import org.mentorflow.directory.MentorFit.Suggestion;
import org.mentorflow.people.MentoringLevel;

/** The ranking of suggestions on its own: which mentor fits a mentee better, and the reasons it gives. */
class MentorFitTest {

    static final MentorCard.Field INFORMATICS = new MentorCard.Field("Business Informatics", "Computer Science");
    static final MentorCard.Field SOFTWARE = new MentorCard.Field("Software Engineering", "Computer Science");
    static final MentorCard.Field NURSING = new MentorCard.Field("Nursing", "Health Sciences");
    static final MentorCard.Field COMPUTER_SCIENCE = new MentorCard.Field("Computer Science", null);

    /** Lena: business informatics, German and English, Krems, wants to move into product management. */
    static final Interests LENA = Interests.of(List.of(INFORMATICS), Set.of("de", "en"), " Krems ",
            "I want to move into product management within two years.", "Feedback on my CV and on interviews.");

    @Test
    void sameFieldBeatsRelatedFieldBeatsLanguageAlone() {
        Candidate sameField = mentor("same", List.of(INFORMATICS), List.of("fr"), "Lyon", "Consultant.", 1);
        Candidate related = mentor("related", List.of(SOFTWARE), List.of("fr"), "Lyon", "Consultant.", 1);
        Candidate speaksGerman = mentor("german", List.of(NURSING), List.of("de"), "Lyon", "Consultant.", 1);

        assertThat(names(MentorFit.rank(LENA, List.of(speaksGerman, related, sameField), 10)))
                .containsExactly("same", "related", "german");
    }

    @Test
    void eachSignalAddsItsWeight() {
        Suggestion all = MentorFit.score(LENA, mentor("all", List.of(INFORMATICS, SOFTWARE), List.of("de", "en"), "krems",
                "Product manager; I coach management trainees through job interviews.", 2));

        assertThat(all.score()).isEqualTo(MentorFit.SAME_FIELD + MentorFit.RELATED_FIELD + 2 * MentorFit.SAME_LANGUAGE
                + MentorFit.SAME_LOCATION + 3 * MentorFit.BACKGROUND_WORD + 2 * MentorFit.FREE_PLACE);
        assertThat(all.reasons()).containsExactly(
                new Reason(Kind.SAME_FIELD, "Business Informatics"),
                new Reason(Kind.RELATED_FIELD, "Computer Science"),
                new Reason(Kind.SPEAKS, "de"),
                new Reason(Kind.SPEAKS, "en"),
                new Reason(Kind.SAME_LOCATION, "krems"),
                // "management" finds "manager", "interviews" itself; stop words and short words ("CV") do not count
                new Reason(Kind.BACKGROUND, "product, management, interviews"),
                new Reason(Kind.FREE_PLACES, "2"));
    }

    @Test
    void aFieldWithoutCategoryIsTheCategoryOfItsFields() {
        Suggestion category = MentorFit.score(LENA, mentor("cs", List.of(COMPUTER_SCIENCE), List.of(), null, null, 1));

        assertThat(category.reasons()).containsExactly(new Reason(Kind.RELATED_FIELD, "Computer Science"));
    }

    @Test
    void moreFreePlacesBreakATie() {
        Candidate one = mentor("one", List.of(NURSING), List.of("en"), null, null, 1);
        Candidate two = mentor("two", List.of(NURSING), List.of("en"), null, null, 2);

        assertThat(names(MentorFit.rank(LENA, List.of(one, two), 10))).containsExactly("two", "one");
    }

    @Test
    void equalFitKeepsTheCandidatesOrder() {
        Candidate first = mentor("first", List.of(NURSING), List.of("en"), null, null, 1);
        Candidate second = mentor("second", List.of(NURSING), List.of("en"), null, null, 1);

        assertThat(names(MentorFit.rank(LENA, List.of(first, second), 10))).containsExactly("first", "second");
    }

    @Test
    void aFreePlaceAloneIsNoSuggestionAndTheLimitHolds() {
        Candidate nothingInCommon = mentor("nothing", List.of(NURSING), List.of("fr"), "Lyon", "Nurse.", 2);
        List<Candidate> many = List.of(mentor("a", List.of(INFORMATICS), List.of(), null, null, 1),
                mentor("b", List.of(SOFTWARE), List.of(), null, null, 1), mentor("c", List.of(), List.of("de"), null, null, 1),
                nothingInCommon);

        assertThat(names(MentorFit.rank(LENA, many, 2))).containsExactly("a", "b");
        assertThat(MentorFit.rank(LENA, List.of(nothingInCommon), 10)).isEmpty();
    }

    @Test
    void backgroundNamesAtMostThreeWordsAndIgnoresStopWords() {
        assertThat(MentorFit.words("I would like to find help with the thesis, and with my CV")).containsExactly("thesis");
        Interests eager = Interests.of(List.of(), Set.of(), null, "export logistics founding employees marketing");
        Suggestion many = MentorFit.score(eager, mentor("m", List.of(), List.of(), null,
                "Founder; export and logistics; fifty employees; marketing lead.", 1));

        assertThat(many.reasons()).containsExactly(new Reason(Kind.BACKGROUND, "export, logistics, employees"));
    }

    @Test
    void languageReasonsReadInTheReadersLanguage() {
        Reason speaks = new Reason(Kind.SPEAKS, "de");

        assertThat(speaks.subject(Locale.ENGLISH)).isEqualTo("German");
        assertThat(speaks.subject(Locale.GERMAN)).isEqualTo("Deutsch");
        assertThat(speaks.messageKey()).isEqualTo("page.mentors.reason.SPEAKS");
    }

    private static Candidate mentor(String name, List<MentorCard.Field> fields, List<String> languages, String location,
            String background, int freePlaces) {
        return new Candidate(new MentorCard("pub" + name, name, fields, languages, location, List.of(MentoringLevel.MASTERS),
                background, freePlaces), background);
    }

    private static List<String> names(List<Suggestion> suggestions) {
        return suggestions.stream().map(suggestion -> suggestion.card().displayName()).toList();
    }
}
