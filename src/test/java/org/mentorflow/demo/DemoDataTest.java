package org.mentorflow.demo;

import java.time.Clock;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.Window;

import org.mentorflow.mentorship.MentorshipProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;

/** The people the README promises for trying MentorFlow, with their logins. */
class DemoDataTest extends IntegrationTest {

    @Autowired
    DemoData demoData;
    @Autowired
    PeopleService people;
    @Autowired
    IdentityService identity;
    @Autowired
    Programmes programmes;
    @Autowired
    Clock clock;

    @Test
    void demoPeopleCanLogInAndLenasRequestWaitsForAnna() {
        demoData.createOnce();
        demoData.createOnce(); // a restart adds nothing

        assertThat(identity.createUserQuery().userIdIn("clara", "anna", "david", "sofia", "lena", "tom", "yusuf").count()).isEqualTo(7);
        assertThat(identity.createGroupQuery().groupMember("clara").groupId("coordinators").count()).isOne();
        // clara coordinates without deploying; admin deploys
        assertThat(identity.createGroupQuery().groupMember("clara").groupId("camunda-admin").count()).isZero();
        assertThat(identity.createGroupQuery().groupMember("admin").groupId("camunda-admin").count()).isOne();
        assertThat(identity.createGroupQuery().groupMember("nina").groupId("analysts").count()).isOne();
        assertThat(people.get("anna").isMentorVerified()).isTrue();
        assertThat(people.get("lena").hasCompleteApplication()).isTrue();
        ProcessInstance request = runtimeService().createProcessInstanceQuery().variableValueEquals("menteeId", "lena").singleResult();
        assertThat(request).isWaitingAt(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR);

        HttpResponse<String> anna = get("/engine-rest/process-definition?key=mentorship", "anna", "demo");
        assertThat(anna.statusCode()).isEqualTo(200);
        assertThat(anna.body()).contains("\"key\":\"mentorship\"");
        assertThat(get("/engine-rest/process-instance?variables=menteeId_eq_lena", "clara", "demo").body())
                .contains(request.getId());
    }

    @Test
    void theCohortBesideTheContinuousProgrammeHasItsRequestWindowOpenToday() {
        demoData.createOnce();

        Programme cohort = programmes.find(DemoCohort.SLUG).orElseThrow();
        assertThat(cohort.isCohort()).isTrue();
        assertThat(cohort.requestWindow(clock.instant())).isEqualTo(Window.OPEN);
        assertThat(programmes.candidates(cohort.getId(), CandidateRole.MENTOR)).extracting(Candidate::getPersonId)
                .containsExactlyInAnyOrder("anna", "david", "sofia");
        assertThat(programmes.continuous().isCohort()).isFalse();
        ProcessInstance yusufsRequest = runtimeService().createProcessInstanceQuery()
                .variableValueEquals(MentorshipProcess.MENTEE_ID.name(), "yusuf").singleResult();
        assertThat(yusufsRequest).hasVariables(MentorshipProcess.PROGRAMME_ID.name());
        assertThat(runtimeService().getVariable(yusufsRequest.getId(), MentorshipProcess.PROGRAMME_ID.name())).isEqualTo(cohort.getId());
    }
}
