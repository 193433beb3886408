package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.agreement.Agreements;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a participant may send through both REST apps (/engine-rest and the webapps' engine API that Tasklist calls):
 * their own task's form fields and nothing that steers a process; a coordinator keeps everything Cockpit needs.
 */
class EngineApiGuardTest extends IntegrationTest {

    private static final String ENGINE_REST = "/engine-rest/";
    private static final String WEBAPP_API = "/camunda/api/engine/engine/default/";
    private static final String COORDINATORS_ONLY = "Only coordinators may do this through the API; participants take"
            + " their steps in Tasklist and the portal.";
    private static final String AGREEMENT = """
            "agreementDurationMonths": {"value": 6, "type": "Integer"}, "agreementMeetings": {"value": 6, "type": "Integer"},
            "agreementRhythm": {"value": "once a month", "type": "String"},
            "agreementContactChannels": {"value": "video calls", "type": "String"},
            "agreementContactFrequency": {"value": "every two weeks", "type": "String"},
            "agreementGoals": {"value": "My own goals.", "type": "String"}""";

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Agreements agreements;

    private Person mentee;

    @BeforeEach
    void aCoordinatorExists() {
        people.coordinator(); // Camunda's webapps open only once an administrator exists
        mentee = people.mentee();
    }

    @Test
    void aMenteeCannotSendHerAgreementToAnotherMentorship() {
        ProcessInstance hers = MentorshipJourney.accepted(requests, mentee, people.mentor(1));
        Person otherMentee = people.mentee();
        ProcessInstance others = MentorshipJourney.accepted(requests, otherMentee, people.mentor(1));
        Task write = writeAgreement(hers);
        String steered = "{\"variables\": {" + AGREEMENT + ", \"mentorshipId\": {\"value\": " + others.getBusinessKey()
                + ", \"type\": \"Long\"}, \"menteeId\": {\"value\": \"" + otherMentee.getId() + "\", \"type\": \"String\"}}}";

        for (String action : new String[] {"complete", "submit-form", "resolve"}) {
            assertRefused(postJson(ENGINE_REST + "task/" + write.getId() + "/" + action, mentee.getId(), "secret", "en",
                    steered), 400, "This step's form has no field menteeId, mentorshipId.");
        }
        assertRefused(BrowserSession.loggedIn(port, mentee.getId(), "secret").inLanguage("de")
                        .postCamundaJson(WEBAPP_API + "task/" + write.getId() + "/submit-form", steered),
                400, "Das Formular dieses Schritts hat kein Feld menteeId, mentorshipId.");
        assertThat(agreements.latest(Long.parseLong(others.getBusinessKey()))).isEmpty();
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(write.getId()).count()).isOne();

        HttpResponse<String> ownFields = postJson(ENGINE_REST + "task/" + write.getId() + "/complete", mentee.getId(),
                "secret", "en", "{\"variables\": {" + AGREEMENT + "}}");

        assertThat(ownFields.statusCode()).as(ownFields.body()).isEqualTo(204);
        assertThat(agreements.latest(Long.parseLong(hers.getBusinessKey()))).isPresent();
        assertThat(agreements.latest(Long.parseLong(others.getBusinessKey()))).isEmpty();
    }

    @Test
    void participantsWriteNoVariablesAndSendNoMessagesSignalsOrStarts() {
        ProcessInstance mentorship = MentorshipJourney.accepted(requests, mentee, people.mentor(1));
        Task write = writeAgreement(mentorship);
        String agreementProcess = write.getProcessInstanceId();
        String value = "{\"value\": 1, \"type\": \"Long\"}";
        String modification = "{\"modifications\": {\"mentorshipId\": " + value + "}}";
        List<String[]> writes = List.of(
                new String[] {"PUT", "task/" + write.getId() + "/variables/mentorshipId", value},
                new String[] {"POST", "task/" + write.getId() + "/variables", modification},
                new String[] {"PUT", "task/" + write.getId() + "/localVariables/mentorshipId", value},
                new String[] {"DELETE", "task/" + write.getId() + "/variables/mentorshipId", ""},
                new String[] {"POST", "process-instance/" + agreementProcess + "/variables", modification},
                new String[] {"PUT", "process-instance/" + agreementProcess + "/variables/mentorshipId", value},
                new String[] {"POST", "execution/" + agreementProcess + "/localVariables", modification},
                new String[] {"POST", "message", "{\"messageName\": \"" + MentorshipProcess.MESSAGE_MENTORSHIP_CANCELLED
                        + "\", \"businessKey\": \"" + mentorship.getBusinessKey() + "\"}"},
                new String[] {"POST", "signal", "{\"name\": \"anything\"}"},
                new String[] {"POST", "process-definition/key/" + MentorshipProcess.KEY + "/start", "{}"},
                new String[] {"POST", "process-definition/key/" + MentorshipProcess.KEY + "/submit-form", "{}"});

        forBothApps(mentee, writes, answer -> assertRefused(answer, 403, COORDINATORS_ONLY));

        assertThat((Object) processEngine.getRuntimeService().getVariable(agreementProcess, "mentorshipId"))
                .isEqualTo(Long.parseLong(mentorship.getBusinessKey()));
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(mentorship.getId()).active().count()).isOne();
    }

    @Test
    void aRefusedJobExecutionLeavesTheJobsRetries() {
        ProcessInstance requested = MentorshipJourney.processOf(requests.request(mentee.getId(), people.mentor(1).getId(),
                "Would you be my mentor?"));
        Job mail = mailJob(requested);
        int retries = mail.getRetries();

        forBothApps(mentee, List.of(
                new String[] {"POST", "job/" + mail.getId() + "/execute", ""},
                new String[] {"PUT", "job/" + mail.getId() + "/retries", "{\"retries\": 0}"},
                new String[] {"PUT", "job/" + mail.getId() + "/duedate", "{\"duedate\": \"2030-01-01T00:00:00.000+0000\"}"},
                new String[] {"PUT", "job/" + mail.getId() + "/suspended", "{\"suspended\": true}"},
                new String[] {"PUT", "job-definition/" + mail.getJobDefinitionId() + "/suspended", "{\"suspended\": true}"}),
                answer -> assertRefused(answer, 403, COORDINATORS_ONLY));

        Job after = mailJob(requested);
        assertThat(after.getRetries()).isEqualTo(retries);
        assertThat(after.getExceptionMessage()).isNull();
        assertThat(after.isSuspended()).isFalse();
    }

    @Test
    void participantsReachNoAdministrationOfTheEngine() {
        ProcessInstance requested = MentorshipJourney.processOf(requests.request(mentee.getId(), people.mentor(1).getId(),
                "Would you be my mentor?"));
        String definition = requested.getProcessDefinitionId();

        forBothApps(mentee, List.of(
                new String[] {"GET", "incident", null},
                new String[] {"GET", "batch", null},
                new String[] {"GET", "external-task", null},
                new String[] {"GET", "process-definition/statistics", null},
                new String[] {"PUT", "process-definition/" + definition + "/suspended", "{\"suspended\": true}"},
                new String[] {"DELETE", "process-definition/" + definition, ""},
                new String[] {"DELETE", "process-instance/" + requested.getId(), ""},
                new String[] {"POST", "process-instance/" + requested.getId() + "/modification", "{\"instructions\": []}"},
                new String[] {"POST", "migration/execute", "{}"},
                new String[] {"POST", "modification/execute", "{}"},
                new String[] {"POST", "decision-definition/key/creditPoints/evaluate", "{\"variables\": {}}"},
                new String[] {"DELETE", "deployment/" + processEngine.getRepositoryService()
                        .getProcessDefinition(definition).getDeploymentId(), ""}),
                answer -> assertRefused(answer, 403, COORDINATORS_ONLY));

        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(requested.getId()).active().count()).isOne();
    }

    @Test
    void participantsReadNoCockpitOrAdminApiButStillLogIn() {
        BrowserSession browser = BrowserSession.loggedIn(port, mentee.getId(), "secret");

        for (String path : new String[] {"/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                "/camunda/api/cockpit/plugin/base/default/incident/count",
                "/camunda/api/admin/plugin/adminPlugins/default/metrics/activity-instance-start/sum"}) {
            HttpResponse<String> answer = browser.get(path);
            assertRefused(answer, 403, COORDINATORS_ONLY);
        }
        assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).contains(mentee.getId());
        assertThat(BrowserSession.anonymous(port).get("/camunda/api/cockpit/plugin/base/default/incident/count")
                .statusCode()).as("no session: Cockpit shows its login form").isEqualTo(401);

        BrowserSession camundaForm = BrowserSession.anonymous(port);
        camundaForm.logInThroughCamundaForm(mentee.getId(), "secret"); // fails the test unless 200
        assertThat(camundaForm.get("/camunda/api/admin/auth/user/default").body()).contains(mentee.getId());
    }

    @Test
    void aCoordinatorStillSetsRetriesVariablesAndReadsCockpit() {
        ProcessInstance requested = MentorshipJourney.processOf(requests.request(mentee.getId(), people.mentor(1).getId(),
                "Would you be my mentor?"));
        Job mail = mailJob(requested);
        String coordinator = people.coordinator().getId();

        assertThat(sendJson("PUT", ENGINE_REST + "job/" + mail.getId() + "/retries", coordinator, "secret", "en",
                "{\"retries\": 5}").statusCode()).isEqualTo(204);
        assertThat(sendJson("POST", ENGINE_REST + "process-instance/" + requested.getId() + "/variables", coordinator,
                "secret", "en", "{\"modifications\": {\"coordinatorNote\": {\"value\": \"checked\", \"type\": \"String\"}}}")
                .statusCode()).isEqualTo(204);
        BrowserSession cockpit = BrowserSession.loggedIn(port, coordinator, "secret");
        assertThat(cockpit.sendCamundaJson("PUT", WEBAPP_API + "job/" + mail.getId() + "/retries", "{\"retries\": 4}")
                .statusCode()).isEqualTo(204);
        assertThat(cockpit.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode())
                .isEqualTo(200);

        assertThat(mailJob(requested).getRetries()).isEqualTo(4);
        assertThat(processEngine.getRuntimeService().getVariable(requested.getId(), "coordinatorNote")).isEqualTo("checked");
    }

    /** Sends each call (method, path below the engine API, JSON body or null) to both REST apps as this person. */
    private void forBothApps(Person person, List<String[]> calls, Consumer<HttpResponse<String>> check) {
        BrowserSession tasklist = BrowserSession.loggedIn(port, person.getId(), "secret");
        List<Function<String[], HttpResponse<String>>> apps = List.of(
                call -> call[2] == null ? get(ENGINE_REST + call[1], person.getId(), "secret")
                        : sendJson(call[0], ENGINE_REST + call[1], person.getId(), "secret", "en", call[2]),
                call -> call[2] == null ? tasklist.get(WEBAPP_API + call[1])
                        : tasklist.sendCamundaJson(call[0], WEBAPP_API + call[1], call[2]));
        for (Function<String[], HttpResponse<String>> app : apps) {
            for (String[] call : calls) {
                HttpResponse<String> answer = app.apply(call);
                assertThatCode(() -> check.accept(answer))
                        .as(call[0] + " " + answer.uri()).doesNotThrowAnyException();
            }
        }
    }

    private Task writeAgreement(ProcessInstance mentorship) {
        return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(mentorship.getBusinessKey())
                .taskDefinitionKey(MentorshipProcess.TASK_WRITE_AGREEMENT).singleResult();
    }

    private Job mailJob(ProcessInstance process) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .activityId(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR).singleResult();
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String sentence) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains("\"type\":").contains("\"message\":\"" + sentence + "\"");
    }
}
