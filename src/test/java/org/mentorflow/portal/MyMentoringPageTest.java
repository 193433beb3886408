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
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** "My mentoring" shows a participant their steps, mentorships, meetings and credits, and nobody else's. */
class MyMentoringPageTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;

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
                "Agreement versions (1)", "Version 1 of 2026-03-02, by " + mentee.getFirstName(), "approved");
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
    void asksForALoginFirst() {
        assertAsksForLogin(get("/my"));
    }

    private String page(Person person, String path) {
        return new String(BrowserSession.loggedIn(port, person.getId(), "secret").getBytes(path).body(), StandardCharsets.UTF_8);
    }
}
