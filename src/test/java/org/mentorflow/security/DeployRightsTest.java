package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Groups;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deploying a model runs its expressions and scripts on the server, so it is an administrator's right:
 * coordinators run Cockpit and Tasklist (retries, history, tasks) but deploy nothing.
 */
class DeployRightsTest extends IntegrationTest {

    /** A model whose expression would call Java through reflection, as in the issue. */
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://mentorflow.test">
              <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="start"/>
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="probe"/>
                <bpmn:serviceTask id="probe" camunda:expression="${''.getClass().forName('java.lang.System').getMethod('getProperty', ''.getClass()).invoke(null, 'user.home')}"/>
                <bpmn:sequenceFlow id="f2" sourceRef="probe" targetRef="end"/>
                <bpmn:endEvent id="end"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    MentorshipRequests requests;

    @Test
    void aCoordinatorMayNotDeploy() {
        Person coordinator = people.coordinator();
        String name = "probe" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> answer = deploy(coordinator.getId(), name);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(name).count()).isZero();
    }

    @Test
    void anAdministratorMay() {
        Person admin = people.admin();
        String name = "probe" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> answer = deploy(admin.getId(), name);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isOne();
        repository.deleteDeployment(repository.createDeploymentQuery().deploymentName(name).singleResult().getId(), true);
    }

    @Test
    void aCoordinatorIsNoCamundaAdministratorYetRunsCockpitsEverydayWork() {
        Person coordinator = people.coordinator();
        ProcessInstance process = MentorshipJourney.requestedAndMailed(requests, people.mentee(), people.mentor(1));
        Job job = management.createJobQuery().processInstanceId(process.getId()).list().get(0);
        String id = coordinator.getId();

        assertThat(processEngine.getIdentityService().createUserQuery().userId(id).memberOfGroup(Groups.CAMUNDA_ADMIN)
                .count()).isZero();
        assertThat(put("/engine-rest/job/" + job.getId() + "/retries", id, "{\"retries\": 2}").statusCode())
                .isEqualTo(204);
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(2);
        // Cockpit's bulk retry is a batch
        assertThat(postJson("/engine-rest/job/retries", id, "secret", "en",
                "{\"jobIds\": [\"" + job.getId() + "\"], \"retries\": 3}").statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/history/process-instance?processInstanceId=" + process.getId(), id, "secret")
                .body()).contains(process.getId());
        assertThat(get("/engine-rest/history/task?processInstanceId=" + process.getId(), id, "secret").body())
                .contains("Review mentorship request");
        assertThat(get("/engine-rest/deployment", id, "secret").statusCode()).isEqualTo(200);

        String apps = BrowserSession.loggedIn(port, id, "secret").get("/camunda/api/admin/auth/user/default").body();
        assertThat(apps).contains("cockpit", "tasklist").doesNotContain("\"admin\"");
    }

    @Test
    void scriptEnginesGetNoMoreThanCamundaAllowsToWithhold() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.isEnableScriptEngineLoadExternalResources()).isFalse();
        assertThat(configuration.isEnableScriptEngineNashornCompatibility()).isFalse();
        assertThat(configuration.isConfigureScriptEngineHostAccess()).isFalse();
    }

    private HttpResponse<String> deploy(String user, String name) {
        String boundary = "----mentorflow" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name
                + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + MODEL.formatted(name)
                + "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", basic(user)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<String> put(String path, String user, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
