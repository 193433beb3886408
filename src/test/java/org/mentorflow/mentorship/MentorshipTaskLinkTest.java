package org.mentorflow.mentorship;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.mentorflow.mentorship.lifecycle.MentorshipLifecycle;
import org.mentorflow.people.Person;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.springframework.beans.factory.annotation.Autowired;

/** The link in the mails leads its reader to their own open step, or says plainly where the mentorship stands. */
class MentorshipTaskLinkTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;
    @Autowired
    MentorshipLifecycle lifecycle;

    Person mentee;
    Person mentor;
    @Test
    void asksForALoginFirst() {
        ProcessInstance process = requestedAndMailed();

        assertAsksForLogin(get("/mentorships/" + process.getBusinessKey() + "/task"));
    }

    @Test
    void leadsTheMentorToTheOpenReviewTaskInTasklist() {
        ProcessInstance process = requestedAndMailed();

        HttpResponse<String> response = as(mentor).get(link(process));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/camunda/app/tasklist/default/#/?task=" + task(process).getId()));
    }

    @Test
    void onceAcceptedTheMentorsLinkSaysWhoseTurnItIsAndTheMenteesLeadsToHerAgreement() {
        ProcessInstance process = requestedAndMailed();
        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        execute(job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, process));

        HttpResponse<String> mentors = as(mentor).get(link(process));
        assertThat(mentors.statusCode()).as("never the partner's task, which Tasklist would call gone").isEqualTo(200);
        assertThat(mentors.body()).contains("Nothing for you to do here now", "This request has been accepted.",
                "The next step is " + mentee.getDisplayName(), "href=\"/my\"");

        HttpResponse<String> mentees = as(mentee).get(link(process));
        Task agreement = taskService().createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .taskAssignee(mentee.getId()).singleResult();
        assertThat(mentees.statusCode()).isEqualTo(302);
        assertThat(mentees.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("#/?task=" + agreement.getId()));
    }

    @Test
    void everyEndSaysWhatHappenedInPlainWordsInBothLanguages() {
        ProcessInstance process = requestedAndMailed();
        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        lifecycle.cancel(Long.parseLong(process.getBusinessKey()), mentee.getId(), "I moved abroad.");

        for (BrowserSession reader : List.of(as(mentor), as(mentee))) {
            String english = reader.get(link(process)).body();
            assertThat(english).contains("This mentorship was ended early").doesNotContain("??");
            String german = reader.inLanguage("de").get(link(process)).body();
            assertThat(german).contains("Dieses Mentoring wurde vorzeitig beendet").doesNotContain("??");
        }
    }

    @Test
    void someoneElsesMentorshipLooksLikeNone() {
        ProcessInstance process = requestedAndMailed();

        HttpResponse<String> response = BrowserSession.loggedIn(port, people.mentor(1).getId(), "secret").get(link(process));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("This link does not lead to a mentorship.");
    }

    /**
     * Nothing about someone else's mentorship leaks beside the 404: no task id, no state, no name, no redirect, and
     * the page reads exactly like the one for a mentorship that does not exist. A coordinator, though, is led on.
     */
    @Test
    void someoneElsesMentorshipTellsNothingACoordinatorIsLedOn() {
        ProcessInstance process = requestedAndMailed();
        String taskId = task(process).getId();
        BrowserSession stranger = browser();

        HttpResponse<String> theirs = stranger.get(link(process));
        HttpResponse<String> none = stranger.get("/mentorships/999999999/task");

        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.headers().firstValue("Location")).isEmpty();
        assertThat(theirs.body()).doesNotContain(taskId).doesNotContain(process.getId())
                .doesNotContain(mentee.getLastName()).doesNotContain(mentor.getLastName())
                .doesNotContain("requested").doesNotContain("REQUESTED");
        assertThat(withoutTimestamp(theirs.body()).replace(process.getBusinessKey(), "ID"))
                .isEqualTo(withoutTimestamp(none.body()).replace("999999999", "ID"));

        HttpResponse<String> coordinators = BrowserSession.loggedIn(port, people.coordinator().getId(), "secret")
                .get(link(process));
        assertThat(coordinators.statusCode()).isIn(200, 302);
    }

    @Test
    void unknownMentorshipIsAPlainNotFoundPage() {
        BrowserSession browser = browser();
        for (String id : new String[] {"999999", "not-a-number"}) {
            HttpResponse<String> response = browser.get("/mentorships/" + id + "/task");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("This link does not lead to a mentorship.")
                    .doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    private BrowserSession browser() {
        return BrowserSession.loggedIn(port, people.mentor(1).getId(), "secret");
    }

    private BrowserSession as(Person person) {
        return BrowserSession.loggedIn(port, person.getId(), "secret");
    }

    private static String withoutTimestamp(String errorBody) {
        return errorBody.replaceAll("\"timestamp\":\"[^\"]*\"", "");
    }

    private static String link(ProcessInstance process) {
        return "/mentorships/" + process.getBusinessKey() + "/task";
    }

    private ProcessInstance requestedAndMailed() {
        mentee = people.mentee();
        mentor = people.mentor(1);
        return MentorshipJourney.requestedAndMailed(requests, mentee, mentor);
    }
}
