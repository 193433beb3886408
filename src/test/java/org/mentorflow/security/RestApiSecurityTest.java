package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine REST API is closed without a login, and shows each person only what is theirs. */
class RestApiSecurityTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;
    @Test
    void refusesCallsWithoutCredentials() {
        assertThat(get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-instance").statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/history/variable-instance").statusCode()).isEqualTo(401);
    }

    @Test
    void showsTheMentorTheReviewTaskAndOthersNothingOfIt() {
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        ProcessInstance process = MentorshipJourney.requestedAndMailed(requests, mentee, mentor);

        HttpResponse<String> mentorsView = get("/engine-rest/task", mentor.getId(), "secret");
        assertThat(mentorsView.statusCode()).isEqualTo(200);
        assertThat(mentorsView.body()).contains("Review mentorship request").contains(process.getId());

        assertThat(get("/engine-rest/task", mentee.getId(), "secret").body()).isEqualTo("[]");
        assertThat(get("/engine-rest/task", people.mentor(1).getId(), "secret").body()).isEqualTo("[]");
    }

    @Test
    void participantsCanReadEveryModelSoTasklistNamesTheirTasks() {
        String mentee = people.mentee().getId();

        for (String key : new String[] {"mentorship", "agreement"}) {
            assertThat(get("/engine-rest/process-definition?key=" + key, mentee, "secret").body())
                    .contains("\"key\":\"" + key + "\"");
        }
    }

    @Test
    void coordinatorSeesEveryProcess() {
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), people.mentor(1));
        HttpResponse<String> response = get("/engine-rest/process-instance?processDefinitionKey=mentorship",
                people.coordinator().getId(), "secret");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"definitionKey\":\"mentorship\"");
    }

    /**
     * Privacy through the API: another participant, logged in, asks every list the REST API offers for a
     * person's data (users, variables current and past, tasks, processes) and finds neither surname, e-mail,
     * phone nor date of birth of a mentee whose request is under way.
     */
    @Test
    void anotherParticipantFindsNoPersonalDataOfOthersThroughTheApi() {
        Person mentee = people.mentee();
        mentee.setPhone("+43 660 1234567");
        mentee.setDateOfBirth(java.time.LocalDate.of(1999, 4, 17));
        people.save(mentee);
        Person mentor = people.mentor(1);
        MentorshipJourney.requestedAndMailed(requests, mentee, mentor);
        Person stranger = people.mentor(1);

        for (String path : new String[] {"/engine-rest/user", "/engine-rest/user/" + mentee.getId() + "/profile",
                "/engine-rest/variable-instance", "/engine-rest/history/variable-instance",
                "/engine-rest/history/detail", "/engine-rest/task", "/engine-rest/history/task",
                "/engine-rest/process-instance", "/engine-rest/history/process-instance"}) {
            HttpResponse<String> answer = get(path, stranger.getId(), "secret");
            assertThat(answer.body()).as(path)
                    .doesNotContain(mentee.getLastName())
                    .doesNotContain(mentee.getEmail())
                    .doesNotContain("1234567")
                    .doesNotContain("1999-04-17");
        }
        // the mentor sees the application in the review task, never the date of birth
        assertThat(get("/engine-rest/variable-instance", mentor.getId(), "secret").body()).doesNotContain("1999-04-17");
    }
}
