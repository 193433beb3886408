package org.mentorflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.NewPerson;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** "My mentoring" shows a participant their steps, mentorships, meetings and credits, and nobody else's. */
class MyMentoringPageTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;

    /** Staff without a role of their own are pointed to their work, not asked to become mentee or mentor first. */
    @Test
    void anAnalystIsPointedToCockpitNotToTheRoleChoice() {
        String page = page(people.analyst(), "/my?lang=en");

        assertThat(page).contains("You read how the programmes run", "href=\"/camunda/app/cockpit/\"",
                "Taking part as a mentee or mentor too?").doesNotContain("Next: choose how you take part");
        assertThat(page(people.coordinator(), "/my?lang=de")).contains("Sie koordinieren die Programme",
                "href=\"/coordinator/programmes\"");
    }

    @Test
    void menteeSeesHerRunningMentorshipMeetingsCreditsAndOpenSteps() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        ProcessInstance mentorship = MentorshipJourney.running(requests, mentee, mentor);
        MentorshipJourney.heldMeeting(mentorship, Instant.parse("2026-03-10T16:00:00Z"));

        String page = page(mentee, "/my?lang=en");

        assertThat(page).contains("With your mentor " + mentor.getDisplayName(), "running",
                "Contact: " + mentor.getFullName() + ", " + mentor.getEmail(),
                "Agreed: 6 months, 6 meetings, once a month.", "2026-03-10 17:00", "held",
                "Credits: 15", "Meetings confirmed by both: 1, 5 credits", "Agreement approved: once, 10 credits", "Propose a meeting", "Finish mentorship",
                "Agreement versions (1)", "Version 1 of 2 March 2026, by " + mentee.getFirstName() + ":", "approved");
        assertThat(page).contains(", " + mentor.getPhone()).as("the phone, now that the request was accepted");
    }

    @Test
    void beforeTheMentorAcceptsNeitherSeesTheOthersContact() {
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        MentorshipJourney.requestedAndMailed(requests, mentee, mentor);

        assertThat(page(mentee, "/my?lang=en")).contains("requested").doesNotContain(mentor.getEmail()).doesNotContain(mentor.getLastName());
        assertThat(page(mentor, "/my?lang=en")).contains("With your mentee " + mentee.getDisplayName(), "Review mentorship request")
                .doesNotContain(mentee.getEmail());
    }

    @Test
    void saysWhatToDoNextWhenSomethingStandsBeforeTheFirstMentorship() {
        String id = "norole" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Person noRole = peopleService.register(new NewPerson(id, "Noa", "Role", id + "@test.example", "en", "secret", false, false));
        Person emptyMentor = people.mentor(1);
        emptyMentor.getSpokenLanguages().clear();
        people.save(emptyMentor);
        Person newMentee = people.menteeWithoutApplication();
        Person ready = people.mentee();

        assertThat(page(noRole, "/my?lang=en")).contains("Next: choose how you take part", "href=\"/register/role\"");
        assertThat(page(noRole, "/profile?lang=en")).contains("href=\"/register/role\"");
        assertThat(page(emptyMentor, "/my?lang=en")).contains("Next: mentees choose by what your profile says", "href=\"/profile\"")
                .doesNotContain("Next: choose how you take part");
        assertThat(page(emptyMentor, "/profile?lang=en")).contains("add a language you mentor in");
        assertThat(page(newMentee, "/my?lang=de")).contains("Als Nächstes: Bevor Sie eine Mentorin oder einen Mentor anfragen");
        assertThat(page(ready, "/my?lang=en")).doesNotContain("Next:");
    }

    @Test
    void asksForALoginFirst() {
        assertAsksForLogin(get("/my"));
    }

    private String page(Person person, String path) {
        return new String(BrowserSession.loggedIn(port, person.getId(), "secret").getBytes(path).body(), StandardCharsets.UTF_8);
    }
}
