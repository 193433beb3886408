package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst reads Cockpit and the engine's history, and changes nothing: no task, variable, job, suspension or
 * cancellation, through REST and through the webapps' API Cockpit calls; variable values, where people's own words
 * live, stay with coordinators. Each refusal is a sentence.
 */
class AnalystReadsOnlyTest extends IntegrationTest {

    private static final String WEBAPP_API = "/camunda/api/engine/engine/default/";

    @Autowired
    MentorshipRequests requests;

    @Test
    void readsCockpitAndTheHistoryWithoutVariableValues() {
        Person analyst = people.analyst();
        ProcessInstance process = MentorshipJourney.requestedAndMailed(requests, people.mentee(), people.mentor(1));
        BrowserSession cockpit = BrowserSession.loggedIn(port, analyst.getId(), "secret");

        assertThat(cockpit.get("/camunda/api/admin/auth/user/default").body()).contains("cockpit")
                .doesNotContain("tasklist").doesNotContain("\"admin\"");
        assertThat(cockpit.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode())
                .isEqualTo(200);
        assertThat(cockpit.get(WEBAPP_API + "process-definition/statistics").statusCode()).isEqualTo(200);
        assertThat(cockpit.get(WEBAPP_API + "process-instance/" + process.getId()).body()).contains(process.getId());
        assertThat(get("/engine-rest/history/activity-instance?processInstanceId=" + process.getId(), analyst.getId(),
                "secret").body()).contains(process.getId());

        HttpResponse<String> variables = get("/engine-rest/process-instance/" + process.getId() + "/variables",
                analyst.getId(), "secret");
        assertThat(variables.statusCode()).isEqualTo(403);
        assertThat(variables.body()).contains("not what people wrote").doesNotContain("menteeId");
        assertThat(cockpit.sendCamundaJson("POST", WEBAPP_API + "history/variable-instance",
                "{\"processInstanceId\": \"" + process.getId() + "\"}").statusCode()).isEqualTo(403);
        // the pairs' names in Cockpit's plug-in are the coordinators'
        assertThat(cockpit.get("/coordinator/api/mentorship-names?processInstanceId=" + process.getId()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void changesNothing() {
        Person analyst = people.analyst();
        ProcessInstance process = MentorshipJourney.requestedAndMailed(requests, people.mentee(), people.mentor(1));
        Task review = processEngine.getTaskService().createTaskQuery().processInstanceId(process.getId()).singleResult();
        Job job = processEngine.getManagementService().createJobQuery().processInstanceId(process.getId()).list().get(0);
        String id = analyst.getId();
        BrowserSession cockpit = BrowserSession.loggedIn(port, id, "secret");

        HttpResponse<String> suspend = sendJson("PUT", "/engine-rest/process-instance/" + process.getId() + "/suspended",
                id, "secret", "en", "{\"suspended\": true}");
        assertThat(suspend.statusCode()).isEqualTo(403);
        assertThat(suspend.body()).contains("Analysts read the history");
        assertThat(cockpit.sendCamundaJson("PUT", WEBAPP_API + "job/" + job.getId() + "/retries", "{\"retries\": 0}")
                .statusCode()).isEqualTo(403);
        assertThat(cockpit.sendCamundaJson("DELETE", WEBAPP_API + "process-instance/" + process.getId(), "")
                .statusCode()).isEqualTo(403);
        assertThat(cockpit.sendCamundaJson("POST", WEBAPP_API + "process-instance/" + process.getId() + "/modification",
                "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"" + review.getTaskDefinitionKey() + "\"}]}")
                .statusCode()).isEqualTo(403);
        assertThat(postJson("/engine-rest/task/" + review.getId() + "/complete", id, "secret", "en",
                "{\"variables\": {}}").statusCode()).isEqualTo(403);
        assertThat(postJson("/engine-rest/process-instance/" + process.getId() + "/variables", id, "secret", "en",
                "{\"modifications\": {\"note\": {\"value\": \"x\", \"type\": \"String\"}}}").statusCode()).isEqualTo(403);

        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId())
                .active().count()).isOne();
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(review.getId()).count()).isOne();
        assertThat(processEngine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .isEqualTo(job.getRetries());
        assertThat(processEngine.getRuntimeService().getVariable(process.getId(), "note")).isNull();
    }

    @Test
    void aCoordinatorLeavesAParticipantsOwnStepToThem() {
        Person coordinator = people.coordinator();
        Person mentor = people.mentor(1);
        ProcessInstance process = MentorshipJourney.requestedAndMailed(requests, people.mentee(), mentor);
        Task review = processEngine.getTaskService().createTaskQuery().processInstanceId(process.getId()).singleResult();
        assertThat(review.getAssignee()).isEqualTo(mentor.getId());

        HttpResponse<String> complete = postJson("/engine-rest/task/" + review.getId() + "/complete",
                coordinator.getId(), "secret", "de", "{\"variables\": {}}");
        assertThat(complete.statusCode()).isEqualTo(403);
        assertThat(complete.body()).contains("Entscheidung der Person");
        HttpResponse<String> takeOver = postJson("/engine-rest/task/" + review.getId() + "/claim", coordinator.getId(),
                "secret", "en", "{\"userId\": \"" + coordinator.getId() + "\"}");
        assertThat(takeOver.statusCode()).isEqualTo(403);
        // the mentor may neither hand it on; Tasklist's date changes (PUT with the same holders) still go through
        assertThat(sendJson("PUT", "/engine-rest/task/" + review.getId(), mentor.getId(), "secret", "en",
                "{\"name\": \"" + review.getName() + "\", \"assignee\": \"" + coordinator.getId() + "\"}").statusCode())
                .isEqualTo(403);
        assertThat(sendJson("PUT", "/engine-rest/task/" + review.getId(), mentor.getId(), "secret", "en",
                "{\"name\": \"" + review.getName() + "\", \"assignee\": \"" + mentor.getId()
                        + "\", \"followUp\": \"2026-03-10T09:00:00.000+0000\"}").statusCode()).isEqualTo(204);
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
                .isEqualTo(mentor.getId());
    }
}
