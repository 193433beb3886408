package org.mentorflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.FieldOfStudy;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The public mentor search as a visitor meets it. Every test's mentors live in a town of their own, so the
 * mentors other tests leave behind never show up in the results it checks.
 */
class MentorSearchPageTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;

    @Autowired
    MentorDirectory directory;

    String town;

    @BeforeEach
    void ownTown() {
        town = "Town" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void listsOnlyVerifiedAvailableMentorsWithAFreePlaceAndFewerThanTwoOpenRequests() {
        mentor("Listed", 1);
        Person unverified = mentor("Unverified", 1);
        unverified.setMentorVerified(false);
        people.save(unverified);
        Person unavailable = mentor("Unavailable", 1);
        unavailable.setAvailable(false);
        people.save(unavailable);
        MentorshipJourney.accepted(requests, people.mentee(), mentor("Full", 1));
        Person asked = mentor("AskedTwice", 2);
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), asked);
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), asked);
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), mentor("AskedOnce", 2));

        String page = search("location=" + town);

        assertThat(page).contains(town + " Listed", town + " AskedOnce", "2 mentors match your search.")
                .doesNotContain(town + " Unverified").doesNotContain(town + " Unavailable")
                .doesNotContain(town + " Full").doesNotContain(town + " AskedTwice");
    }

    @Test
    void aVerifiedMentorWhoseProfileSaysTooLittleIsNotListed() {
        Person silent = mentor("Silent", 1);
        silent.getSpokenLanguages().clear();
        people.save(silent);
        Person onlyLanguage = mentor("OnlyLanguage", 1);
        onlyLanguage.setProfessionalBackground("  ");
        people.save(onlyLanguage);
        Person withField = mentor("WithField", 1);
        withField.setProfessionalBackground(null);
        people.save(withField);
        withField(withField, peopleService.fieldOfStudy("Informatics", "Computer Science"));
        mentor("WithBackground", 1);

        String page = search("location=" + town);

        assertThat(page).contains(town + " WithField", town + " WithBackground", "2 mentors match your search.")
                .doesNotContain(town + " Silent").doesNotContain(town + " OnlyLanguage");
        assertThat(directory.isListed(onlyLanguage.getId())).isFalse();
        assertThat(onlyLanguage.hasListableMentorProfile()).isFalse();
        assertThat(withField.hasListableMentorProfile()).isTrue();
    }

    @Test
    void declinedRequestPutsTheMentorBack() {
        Person mentor = mentor("Popular", 2);
        ProcessInstance first = MentorshipJourney.requestedAndMailed(requests, people.mentee(), mentor);
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), mentor);
        assertThat(search("location=" + town)).doesNotContain(town + " Popular");

        complete(task(first), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_DECLINE));
        execute(job(first));

        assertThat(search("location=" + town)).contains(town + " Popular", "2 free places");
    }

    @Test
    void fieldFilterMatchesTheFieldAndACategoryMatchesAllItsFields() {
        FieldOfStudy robotics = peopleService.fieldOfStudy("Robotics " + town, "Engineering " + town);
        FieldOfStudy materials = peopleService.fieldOfStudy("Materials " + town, "Engineering " + town);
        FieldOfStudy engineering = peopleService.fieldOfStudy("Engineering " + town, null);
        withField(mentor("Robots", 1), robotics);
        withField(mentor("Steel", 1), materials);
        mentor("Other", 1);

        assertThat(search("location=" + town + "&field=" + robotics.getId()))
                .contains(town + " Robots", "Robotics " + town, "Engineering " + town)
                .doesNotContain(town + " Steel").doesNotContain(town + " Other");
        assertThat(search("location=" + town + "&field=" + engineering.getId()))
                .contains(town + " Robots", town + " Steel").doesNotContain(town + " Other");
        assertThat(search("")).contains("<optgroup label=\"Engineering " + town + "\">",
                "<option value=\"" + engineering.getId() + "\">All of Engineering " + town + "</option>");
    }

    @Test
    void languageAndLevelFilters() {
        Person german = mentor("German", 1, "de");
        german.getMentoringLevels().add(MentoringLevel.MASTERS);
        people.save(german);
        Person doctoral = mentor("Doctoral", 1, "en");
        doctoral.getMentoringLevels().add(MentoringLevel.DOCTORAL);
        people.save(doctoral);

        assertThat(search("location=" + town + "&language=de")).contains(town + " German", "German")
                .doesNotContain(town + " Doctoral");
        assertThat(search("location=" + town + "&language=DE&level=MASTERS")).contains(town + " German")
                .doesNotContain(town + " Doctoral");
        assertThat(search("location=" + town + "&level=DOCTORAL")).contains(town + " Doctoral", "Doctoral students")
                .doesNotContain(town + " German");
    }

    @Test
    void freeTextMatchesBackgroundFieldsAndLocation() {
        Person beekeeper = mentor("Hive", 1);
        beekeeper.setProfessionalBackground("Keeps bees " + town + "honey and sells the honey abroad.");
        people.save(beekeeper);
        withField(mentor("Field", 1), peopleService.fieldOfStudy("Apiculture " + town, "Agriculture " + town));
        mentor("Plain", 1);

        assertThat(search("q=" + town.toUpperCase() + "HONEY")).contains(town + " Hive").doesNotContain(town + " Field");
        assertThat(search("q=agriculture+" + town)).contains(town + " Field").doesNotContain(town + " Hive");
        assertThat(search("q=" + town + "+plain")).contains(town + " Plain").doesNotContain(town + " Hive");
        // the visitor's % is a character, not a wildcard
        assertThat(search("q=" + town + "%25")).contains("No mentor matches your search.");
    }

    @Test
    void pagesTwelveAtATime() {
        for (int i = 0; i < 14; i++) {
            mentor("M" + i, 1);
        }

        String first = search("location=" + town);
        String second = search("location=" + town + "&page=1");

        assertThat(first).contains("14 mentors match your search.", "Page 1 of 2", "page=1");
        assertThat(count(first, "class=\"mentor\"")).isEqualTo(12);
        assertThat(count(second, "class=\"mentor\"")).isEqualTo(2);
        assertThat(second).contains("Page 2 of 2", "Previous");
        // newest first: the last two made are on the first page, the first two on the second
        assertThat(first).contains(town + " M13").doesNotContain(town + " M0<");
        assertThat(second).contains(town + " M0<", town + " M1<");
        assertThat(search("location=" + town + "&page=99")).contains("Page 2 of 2");
    }

    @Test
    void cardsShowNoContactDetailsAndNoSurname() {
        Person mentor = mentor("Private", 2);
        mentor.setDateOfBirth(LocalDate.of(1971, 3, 14));
        mentor.getMentoringLevels().add(MentoringLevel.MASTERS);
        people.save(mentor);

        String page = search("location=" + town);

        assertThat(page).contains(mentor.getDisplayName(), "Twelve years in software product management.", "English",
                "Master&#39;s students", "2 free places");
        assertThat(page).doesNotContain(mentor.getLastName()).doesNotContain(mentor.getEmail()).doesNotContain("@test.example")
                .doesNotContain(mentor.getPhone()).doesNotContain("1971").doesNotContain(mentor.getId());
    }

    @Test
    void germanPageForAGermanBrowser() {
        mentor("Deutsch", 1, "de");

        HttpResponse<String> response = getInLanguage("/mentors?location=" + town, "de");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Mentor:in finden", "Studienrichtung", "1 freier Platz", "Deutsch",
                "Eine Mentorin oder ein Mentor passt zu Ihrer Suche.");
        assertThat(getInLanguage("/mentors?location=" + town + "nowhere", "de").body())
                .contains("Zu Ihrer Suche passt keine Mentorin und kein Mentor.", "übergeordnete Kategorie");
    }

    @Test
    void emptyResultSaysSoAndSuggestsTheCategory() {
        String page = search("location=" + town);

        assertThat(page).contains("No mentor matches your search.", "choose the superordinate category");
    }

    @Test
    void oddInputGivesAPlainPageNeverAnError() {
        mentor("Robust", 1);
        String[] queries = {"field=abc", "field=999999999999", "field=-1", "level=PROFESSOR", "page=-3", "page=x",
                "page=99999999999999999999", "language=%3Cscript%3E", "q=" + "x".repeat(300), "location=" + "%25".repeat(300),
                "q=%27%3B+drop+table+person%3B+--", "q=%5C", "q=_"};
        for (String query : queries) {
            HttpResponse<String> response = get("/mentors?" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.body()).as(query).contains("Find a mentor").doesNotContain("Exception").doesNotContain("<script>");
        }
        assertThat(search("location=" + town + "&field=abc")).contains("The chosen field of study is unknown", town + " Robust");
        assertThat(search("location=" + town + "&level=PROFESSOR")).contains("The level was not understood", town + " Robust");
        assertThat(search("location=" + town + "&page=-3")).contains("the first page is shown", town + " Robust");
        assertThat(search("q=" + "x".repeat(300))).contains("limited to 200 characters");
    }

    @Test
    void homePageAndTopBarLeadToTheSearch() {
        String home = get("/").body();

        assertThat(home).contains("class=\"card primary\" href=\"/mentors\"", "class=\"find-mentor\" href=\"/mentors\"");
    }

    @Test
    void directoryAnswersWithAPageOfCards() {
        withField(mentor("Api", 2), peopleService.fieldOfStudy("Linguistics " + town, "Humanities " + town));

        Page<MentorCard> page = directory.search(new MentorQuery(null, null, "  " + town + " api ", null, null), PageRequest.of(0, 5));

        assertThat(page.getTotalElements()).isEqualTo(1);
        MentorCard card = page.getContent().get(0);
        assertThat(card.displayName()).matches("Max M\\.");
        assertThat(card.fields()).containsExactly(new MentorCard.Field("Linguistics " + town, "Humanities " + town));
        assertThat(card.languages()).containsExactly("en");
        assertThat(card.freePlaces()).isEqualTo(2);
        assertThat(card.location()).isEqualTo(town + " Api");
    }

    private Person mentor(String place, int capacity) {
        return mentor(place, capacity, "en");
    }

    /** A listed mentor in this test's town; {@code place} tells them apart on the page. */
    private Person mentor(String place, int capacity, String language) {
        Person mentor = people.mentor(capacity, language);
        mentor.setLocation(town + " " + place);
        return people.save(mentor);
    }

    private void withField(Person mentor, FieldOfStudy field) {
        mentor.getFieldsOfStudy().add(field);
        people.save(mentor);
    }

    private String search(String query) {
        HttpResponse<String> response = get("/mentors?" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return response.body();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
