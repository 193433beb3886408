package org.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator's match proposal page against a stand-in of the cohort process's match proposal part (the real
 * processes/cohort-programme.bpmn is built elsewhere): the same message, delegates, listener, task id and form.
 * The stand-in is deployed for each test only and removed with its history afterwards.
 */
class MatchProposalPageTest extends IntegrationTest {

    static final String STAND_IN = "test-cohort-match-proposal";

    @Autowired
    Programmes programmes;
    @Autowired
    Mentorships mentorships;
    @Autowired
    Clock clock;

    Deployment deployment;
    Programme cohort;
    Person anna;
    Person tom;
    Person mia;
    Person yusuf;
    BrowserSession coordinator;

    @BeforeEach
    void cohortWithItsProcess() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(STAND_IN).camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Cohort")
                .intermediateCatchEvent("Event_MatchProposalRequested").message(CohortProgrammeProcess.MESSAGE_MATCH_PROPOSAL_REQUESTED)
                .serviceTask("Task_ProposeMatches").camundaDelegateExpression("${proposeMatches}")
                .userTask(MatchProposalProcess.TASK_REVIEW_MATCH_PROPOSAL).camundaFormRef(MatchProposalProcess.FORM)
                .camundaFormRefBinding("deployment").camundaCandidateGroups("${coordinatorGroup}")
                .camundaTaskListenerDelegateExpression("create", "${showMatchProposal}")
                .serviceTask("Task_SendProposedRequests").camundaAsyncBefore().camundaDelegateExpression("${sendProposedRequests}")
                .endEvent("EndEvent_Done").done();
        deployment = repositoryService().createDeployment().name(STAND_IN).addModelInstance(STAND_IN + ".bpmn", model)
                .addClasspathResource("forms/review-match-proposal.form").deploy();

        Cohorts cohorts = new Cohorts(programmes);
        Instant now = clock.instant();
        cohort = cohorts.cohort(now);
        anna = people.mentor(2, "en");
        anna.setFirstName("Anna");
        people.save(anna);
        cohorts.mentor(cohort, anna, 2, null, now.minusSeconds(60), MentoringLevel.MASTERS);
        tom = student("Tom", now.minusSeconds(50));
        mia = student("Mia", now.minusSeconds(40));
        yusuf = student("Yusuf", now.minusSeconds(30));
        coordinator = BrowserSession.loggedIn(port, people.coordinator().getId(), "secret");
    }

    @AfterEach
    void removeStandIn() {
        repositoryService().deleteDeployment(deployment.getId(), true);
    }

    @Test
    void runReviewAdjustAndSend() {
        ProcessInstance instance = startCohortInstance();
        assertThat(coordinator.get(page()).body()).contains("Run match proposal", "action=\"" + page() + "\"");

        HttpResponse<String> run = coordinator.postForm(page(), Map.of());
        assertThat(run.statusCode()).isEqualTo(302);
        BpmnAwareTests.assertThat(instance).isWaitingAt(MatchProposalProcess.TASK_REVIEW_MATCH_PROPOSAL);
        Task review = task(instance);
        String table = (String) taskService().getVariableLocal(review.getId(), MatchProposalProcess.MATCH_PROPOSAL_TABLE.name());
        assertThat(table).contains("| Student | Proposed mentor | Reasons |", tom.getFullName(), anna.getFullName(), "Tom's 1st choice");
        assertThat((String) taskService().getVariableLocal(review.getId(), MatchProposalProcess.MATCH_PROPOSAL_UNMATCHED.name()))
                .contains(yusuf.getFullName(), "went to students they ranked higher");
        assertThat((String) taskService().getVariableLocal(review.getId(), MatchProposalProcess.MATCH_PROPOSAL_LINK.name()))
                .contains("/coordinator/programmes/" + cohort.getId() + "/match-proposal");

        String reviewPage = coordinator.get(page()).body();
        assertThat(reviewPage).contains("The proposal under review", "2 of 3 students matched", tom.getFullName(),
                "name=\"mentor." + yusuf.getId() + "\"", "Send these requests", "Discard the proposal")
                .doesNotContain("Run match proposal");

        // three students for Anna's two places: refused, nothing sent, the choices kept
        HttpResponse<String> tooMany = coordinator.postForm(page() + "/send", Map.of("task", review.getId(),
                "mentor." + tom.getId(), anna.getId(), "mentor." + mia.getId(), anna.getId(), "mentor." + yusuf.getId(), anna.getId()));
        assertThat(tooMany.statusCode()).isEqualTo(200);
        assertThat(tooMany.body()).contains(anna.getFullName() + " has room for 2 more students, but 3 are chosen");
        BpmnAwareTests.assertThat(instance).isWaitingAt(MatchProposalProcess.TASK_REVIEW_MATCH_PROPOSAL);

        // Anna for Yusuf and Tom, none for Mia
        HttpResponse<String> sent = coordinator.postForm(page() + "/send", Map.of("task", review.getId(),
                "mentor." + tom.getId(), anna.getId(), "mentor." + mia.getId(), "", "mentor." + yusuf.getId(), anna.getId()));
        assertThat(sent.statusCode()).isEqualTo(302);
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_SendProposedRequests");
        // the form's fields come in any order, so the pairs do too
        assertThat(((String) runtimeService().getVariable(instance.getId(), MatchProposalProcess.ACCEPTED_PAIRS.name())).split(","))
                .containsExactlyInAnyOrder(tom.getId() + ":" + anna.getId(), yusuf.getId() + ":" + anna.getId());
        execute(job(instance));

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(requestTo(tom)).isEqualTo(anna.getId());
        assertThat(requestTo(yusuf)).isEqualTo(anna.getId());
        assertThat(mentorships.of(mia.getId())).isEmpty();
        assertThat(coordinator.get(page() + "?notice=sent").body()).contains("The requests were sent",
                "2 requests went out, 0 were refused");

        // the same form again, from a second tab: nothing happens twice
        HttpResponse<String> again = coordinator.postForm(page() + "/send", Map.of("task", review.getId(),
                "mentor." + mia.getId(), anna.getId()));
        assertThat(again.body()).contains("Someone else already sent or discarded this proposal; nothing was changed.");
        assertThat(mentorships.of(mia.getId())).isEmpty();
    }

    @Test
    void completedInTasklistTheProposalGoesOutAsProposed() {
        ProcessInstance instance = startCohortInstance();
        coordinator.postForm(page(), Map.of());
        complete(task(instance), withVariables(MatchProposalProcess.MATCH_PROPOSAL_DECISION.name(), MatchProposalProcess.SEND));
        execute(job(instance));

        assertThat(requestTo(tom)).isEqualTo(anna.getId());
        assertThat(requestTo(mia)).isEqualTo(anna.getId());
        assertThat(mentorships.of(yusuf.getId())).isEmpty();
    }

    @Test
    void discardingSendsNothing() {
        ProcessInstance instance = startCohortInstance();
        coordinator.postForm(page(), Map.of());
        String taskId = task(instance).getId();

        HttpResponse<String> discarded = coordinator.postForm(page() + "/discard", Map.of("task", taskId));
        assertThat(discarded.statusCode()).isEqualTo(302);
        execute(job(instance));

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(mentorships.of(tom.getId())).isEmpty();
        assertThat(coordinator.get(page()).body()).contains("Discarded on");
    }

    @Test
    void withoutTheCohortsInstanceOrOutsideTheWindowThePageSaysSo() {
        HttpResponse<String> noInstance = coordinator.postForm(page(), Map.of());
        assertThat(noInstance.statusCode()).isEqualTo(200);
        assertThat(noInstance.body()).contains("The calendar process of Mentoring Cohort Test is not running");

        cohort.setRequestsOpenAt(clock.instant().plus(Duration.ofDays(2)));
        cohort.setRequestsCloseAt(clock.instant().plus(Duration.ofDays(9)));
        cohort = programmes.save(cohort);
        assertThat(coordinator.get(page()).body()).contains("The request window opens on").doesNotContain("Run match proposal");
        assertThat(coordinator.inLanguage("de").get(page()).body()).contains("Das Anfragefenster öffnet am");

        cohort.setRequestsOpenAt(clock.instant().minus(Duration.ofDays(9)));
        cohort.setRequestsCloseAt(clock.instant().minus(Duration.ofDays(2)));
        cohort = programmes.save(cohort);
        assertThat(coordinator.inLanguage("en").postForm(page(), Map.of()).body())
                .contains("The request window has closed");
    }

    @Test
    void onlyCoordinatorsSeeThePage() {
        HttpResponse<String> student = BrowserSession.loggedIn(port, tom.getId(), "secret").get(page());
        assertThat(student.statusCode()).isEqualTo(403);
    }

    private ProcessInstance startCohortInstance() {
        return runtimeService().startProcessInstanceByKey(STAND_IN, CohortProgrammeProcess.businessKey(cohort.getId()), Variables.createVariables()
                .putValue(CohortProgrammeProcess.PROGRAMME_ID.name(), cohort.getId())
                .putValue(CohortProgrammeProcess.COORDINATOR_GROUP.name(), "coordinators"));
    }

    private Task task(ProcessInstance instance) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private String requestTo(Person student) {
        List<Mentorship> theirs = mentorships.of(student.getId());
        assertThat(theirs).singleElement().extracting(Mentorship::getState).isEqualTo(MentorshipState.REQUESTED);
        return theirs.get(0).getMentor().getId();
    }

    private String page() {
        return "/coordinator/programmes/" + cohort.getId() + "/match-proposal";
    }

    private Person student(String name, Instant signedUp) {
        Person student = people.mentee("en");
        student.setFirstName(name);
        student = people.save(student);
        new Cohorts(programmes).student(cohort, student, MentoringLevel.MASTERS, signedUp);
        if (!name.equals("Yusuf")) {
            new StudentChoiceFixture().choose(cohort, student, anna);
        }
        return student;
    }

    @Autowired
    StudentChoiceRepository choices;

    /** Tom and Mia chose Anna; Yusuf did not. */
    private final class StudentChoiceFixture {
        void choose(Programme programme, Person student, Person mentor) {
            choices.save(new StudentChoice(programme.getId(), student.getId(), mentor.getId(), 1));
        }
    }
}
