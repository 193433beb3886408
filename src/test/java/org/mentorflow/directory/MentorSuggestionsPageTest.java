package org.mentorflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorflow.PrivacyChecks.assertShowsNothingPrivateOf;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.FieldOfStudy;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Suggested for you" on the mentor search, as a logged-in mentee sees it. The test's mentee has fields, a town
 * and a goal word of its own, so the mentors other tests leave behind rank below this test's mentors.
 */
class MentorSuggestionsPageTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;

    String town;
    String goalWord;
    FieldOfStudy robotics;
    FieldOfStudy materials;
    Person mentee;

    @BeforeEach
    void menteeWithInterestsOfHerOwn() {
        town = "Town" + UUID.randomUUID().toString().substring(0, 8);
        goalWord = letters(12); // random from its first letter: no other test's background shares its start
        robotics = peopleService.fieldOfStudy("Robotics " + town, "Engineering " + town);
        materials = peopleService.fieldOfStudy("Materials " + town, "Engineering " + town);
        mentee = people.mentee();
        mentee.getFieldsOfStudy().clear();
        mentee.getFieldsOfStudy().add(robotics);
        mentee.getSpokenLanguages().add("fi");
        mentee.setLocation(town);
        // the only meaningful word of goals and wishes is the test's own
        mentee.setApplication("Robotics student.", "Writing my thesis.", "I want an " + goalWord + ".", "Help with it.");
        people.save(mentee);
    }

    @Test
    void aMenteeSeesTheBestFittingListedMentorsWithTheirReasons() {
        Person sameField = mentor(robotics, "en", town, "Keeps " + goalWord + "s for a living.", 2); // 10 + 3 + 4 + 2 + 2
        Person relatedField = mentor(materials, "en", "Elsewhere", "Steel engineer.", 2); // 4 + 3 + 2
        Person finnishNeighbour = mentor(null, "fi", town, "Teacher.", 1); // 3 + 4 + 1, more than language and places alone

        String suggested = suggested(browser(mentee).get("/mentors").body());

        assertThat(suggested).contains("Suggested for you", "Same field: Robotics " + town, "Also in " + town,
                "Background mentions: " + goalWord, "Room for 2 mentees", "Related field in Engineering " + town,
                "Speaks Finnish", "Speaks English");
        assertThat(suggested.indexOf(link(sameField))).isNotNegative()
                .isLessThan(suggested.indexOf(link(relatedField)));
        assertThat(suggested.indexOf(link(relatedField))).isLessThan(suggested.indexOf(link(finnishNeighbour)));
        for (Person mentor : List.of(sameField, relatedField, finnishNeighbour)) {
            assertShowsNothingPrivateOf(suggested, mentor);
        }
    }

    @Test
    void onlyListedMentorsTheMenteeHasNotAskedYet() {
        Person full = mentor(robotics, "fi", town, "Full.", 1);
        MentorshipJourney.accepted(requests, people.mentee(), full);
        Person unavailable = mentor(robotics, "fi", town, "Away.", 1);
        unavailable.setAvailable(false);
        people.save(unavailable);
        Person unverified = mentor(robotics, "fi", town, "Not checked.", 1);
        unverified.setMentorVerified(false);
        people.save(unverified);
        Person asked = mentor(robotics, "fi", town, "Asked.", 1);
        requests.request(mentee.getId(), asked.getId(), "Hello");
        Person listed = mentor(robotics, "fi", town, "Listed.", 1);

        String suggested = suggested(browser(mentee).get("/mentors").body());

        assertThat(suggested).contains("Listed.").doesNotContain("Full.").doesNotContain("Away.")
                .doesNotContain("Not checked.").doesNotContain("Asked.");
        // one request at a time: every card says so instead of offering another
        assertThat(suggested).contains("You have asked " + asked.getDisplayName() + " already").doesNotContain(link(listed));
    }

    @Test
    void reasonsSpeakTheReadersLanguage() {
        mentor(robotics, "fi", town, "Roboter.", 1);

        String suggested = suggested(browser(mentee).inLanguage("de").get("/mentors").body());

        assertThat(suggested).contains("Vorschläge für Sie", "Gleiche Studienrichtung: Robotics " + town, "Spricht Finnisch",
                "Ebenfalls in " + town);
    }

    @Test
    void visitorsMentorsAndLaterPagesGetNoSuggestions() {
        Person mentor = mentor(robotics, "fi", town, "Robots.", 1);

        assertThat(BrowserSession.anonymous(port).get("/mentors").body()).doesNotContain("Suggested for you");
        assertThat(browser(mentor).get("/mentors").body()).doesNotContain("Suggested for you");
        assertThat(browser(mentee).get("/mentors?page=1").body()).doesNotContain("Suggested for you");
    }

    @Test
    void everyCardLinksToItsRequestPageByPublicIdOnly() {
        Person mentor = mentor(robotics, "fi", town, "Robots.", 1);
        mentor.setDateOfBirth(LocalDate.of(1975, 4, 9));
        people.save(mentor);

        String page = BrowserSession.anonymous(port).get("/mentors?location=" + town).body();

        assertThat(page).contains(link(mentor), "Ask for a mentorship");
        assertShowsNothingPrivateOf(page, mentor);
    }

    private Person mentor(FieldOfStudy field, String language, String location, String background, int capacity) {
        Person mentor = people.mentor(capacity);
        mentor.getSpokenLanguages().clear();
        mentor.getSpokenLanguages().add(language);
        if (field != null) {
            mentor.getFieldsOfStudy().add(field);
        }
        mentor.setLocation(location);
        mentor.setProfessionalBackground(background);
        return people.save(mentor);
    }

    /** The "Suggested for you" part of the search page, up to the search results; empty when there is none. */
    private static String suggested(String page) {
        int start = page.indexOf("id=\"suggested\"");
        int results = page.indexOf("id=\"found\"");
        return start < 0 ? "" : page.substring(start, results < start ? page.length() : results);
    }

    private static String link(Person mentor) {
        return "/mentors/" + mentor.getPublicId() + "/request";
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private BrowserSession browser(Person person) {
        return BrowserSession.loggedIn(port, person.getId(), "secret");
    }
}
