package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.mentorflow.HttpTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipRequests;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine REST API is closed without a login, and shows each person only what is theirs. */
class RestApiSecurityTest extends HttpTest {

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
}
