package org.mentorflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.mentorflow.registration.NewRegistration;
import org.mentorflow.registration.Registration;
import org.mentorflow.registration.RegistrationProcess;
import org.mentorflow.registration.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The JSON behind the Cockpit plugin: names for mentorship instances (the mentorship's own and those it called),
 * the running instances of the mentorship definition with theirs; nothing for other processes; only coordinators.
 */
class CockpitNamesEndpointTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MentorshipRequests requests;
    @Autowired
    RegistrationService registrations;

    @Test
    void coordinatorGetsTheNamesOfMentorshipInstancesAndParticipantsAreRefused() throws Exception {
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        ProcessInstance mentorship = MentorshipJourney.accepted(requests, mentee, mentor);
        ProcessInstance agreement = calledProcessInstance(MentorshipProcess.AGREEMENT_KEY, mentorship);
        String id = mentorship.getBusinessKey();
        BrowserSession coordinator = BrowserSession.loggedIn(port, people.coordinator().getId(), "secret");

        HttpResponse<String> answer = coordinator.get("/coordinator/api/mentorship-names?processInstanceId=" + mentorship.getId()
                + "&processInstanceId=" + agreement.getId() + "&processInstanceId=no-such-instance");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode names = JSON.readTree(answer.body());
        assertThat(names).hasSize(2);
        String label = mentee.getDisplayName() + " ↔ " + mentor.getDisplayName() + " (mentorship " + id + ")";
        assertThat(names.get(0).get("processInstanceId").asText()).isEqualTo(mentorship.getId());
        assertThat(names.get(0).get("label").asText()).isEqualTo(label);
        assertThat(names.get(0).get("mentee").asText()).isEqualTo(mentee.getDisplayName());
        assertThat(names.get(0).get("history").asText()).isEqualTo("/coordinator/mentorships/" + id);
        assertThat(names.get(1).get("processInstanceId").asText()).isEqualTo(agreement.getId());
        assertThat(names.get(1).get("label").asText()).as("the called agreement belongs to the same pair").isEqualTo(label);

        HttpResponse<String> running = coordinator.get("/coordinator/api/running-mentorships?processDefinitionId="
                + mentorship.getProcessDefinitionId() + "&first=0");
        JsonNode page = JSON.readTree(running.body());
        assertThat(page.get("mentorships").asBoolean()).isTrue();
        assertThat(page.get("total").asLong()).isPositive();
        // the page is the first 50 by instance id: ask on until ours is among them
        boolean listed = false;
        for (long first = 0; first < page.get("total").asLong() && !listed; first += CockpitNamesController.RUNNING_PAGE) {
            JsonNode instances = JSON.readTree(coordinator.get("/coordinator/api/running-mentorships?processDefinitionId="
                    + mentorship.getProcessDefinitionId() + "&first=" + first).body()).get("instances");
            listed = StreamSupport.stream(instances.spliterator(), false)
                    .anyMatch(instance -> instance.get("label").asText().equals(label));
        }
        assertThat(listed).as("the running mentorship with its names").isTrue();
        assertThat(coordinator.inLanguage("de").get("/coordinator/api/mentorship-names?processInstanceId=" + mentorship.getId()).body())
                .contains("(Mentorschaft " + id + ")");

        BrowserSession participant = BrowserSession.loggedIn(port, mentee.getId(), "secret");
        assertThat(participant.get("/coordinator/api/mentorship-names?processInstanceId=" + mentorship.getId()).statusCode())
                .isEqualTo(403);
        assertThat(participant.get("/coordinator/api/running-mentorships?processDefinitionId=" + mentorship.getProcessDefinitionId())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void otherProcessesGetNoNamesAndBadRequestsASentence() throws Exception {
        BrowserSession coordinator = BrowserSession.loggedIn(port, people.coordinator().getId(), "secret");
        // a process whose business key is no mentorship id
        String username = "reg" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Registration registered = registrations.register(new NewRegistration(username, "Rita", "Register",
                username + "@test.example", LocalDate.of(1994, 5, 17), "correct horse battery", "en"));
        ProcessInstance registration = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.KEY).processInstanceBusinessKey(registered.businessKey()).singleResult();
        assertThat(JSON.readTree(coordinator.get("/coordinator/api/mentorship-names?processInstanceId=" + registration.getId()).body()))
                .isEmpty();
        assertThat(JSON.readTree(coordinator.get("/coordinator/api/running-mentorships?processDefinitionId="
                + registration.getProcessDefinitionId()).body()).get("mentorships").asBoolean()).isFalse();

        HttpResponse<String> none = coordinator.get("/coordinator/api/mentorship-names");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(none.body()).get("message").asText())
                .isEqualTo("Please name between 1 and 100 process instances (parameter processInstanceId).");
        String tooMany = IntStream.range(0, 101).mapToObj(i -> "processInstanceId=" + i).collect(Collectors.joining("&"));
        assertThat(coordinator.get("/coordinator/api/mentorship-names?" + tooMany).statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = coordinator.get("/coordinator/api/running-mentorships?processDefinitionId=nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("There is no process definition nope.");
    }
}
