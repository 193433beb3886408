package org.mentorflow.mentorship;

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

/** The link in the mails leads to the open task, or says plainly why there is none. */
class MentorshipTaskLinkTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;
    @Test
    void asksForALoginFirst() {
        ProcessInstance process = requestedAndMailed();

        assertAsksForLogin(get("/mentorships/" + process.getBusinessKey() + "/task"));
    }

    @Test
    void leadsToTheOpenReviewTaskInTasklist() {
        ProcessInstance process = requestedAndMailed();

        HttpResponse<String> response = browser().get("/mentorships/" + process.getBusinessKey() + "/task");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/camunda/app/tasklist/default/#/?task=" + task(process).getId()));
    }

    @Test
    void explainsThatAnAnsweredRequestNeedsNothingMore() {
        ProcessInstance process = requestedAndMailed();
        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));

        HttpResponse<String> response = browser().get("/mentorships/" + process.getBusinessKey() + "/task");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Nothing to do here any more")
                .contains("This request has been accepted.");
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

    private ProcessInstance requestedAndMailed() {
        return MentorshipJourney.requestedAndMailed(requests, people.mentee(), people.mentor(1));
    }
}
