package org.mentorflow.mentorship.request;

import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.Mentorships;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.mentorflow.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.request.RequestRefusedException.Reason;
import org.mentorflow.people.Person;

/** Each rule of the request stage: a violation is a plain message and starts nothing. */
class RequestRulesTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;

    /** A fresh mentee with a complete application and a mentor with one place. */
    Person mentee;
    Person mentor;

    @BeforeEach
    void freshPeople() {
        mentee = people.mentee();
        mentor = people.mentor(1);
    }


    @Test
    void menteeHasOneOpenRequestAtATime() {
        requests.request(mentee.getId(), mentor.getId(), "first");

        assertRefused(mentee, people.mentor(2), Reason.OPEN_REQUEST_EXISTS, "You already have an open request");
    }

    @Test
    void mentorWithoutFreePlaceIsFull() {
        ProcessInstance accepted = MentorshipJourney.requestedAndMailed(requests, mentee, mentor);
        complete(task(accepted), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));

        assertRefused(people.mentee(), mentor, Reason.MENTOR_FULL, "has no free place");
    }

    @Test
    void mentorHoldsAtMostTwoOpenRequests() {
        Person mentorOfTwo = people.mentor(2);
        requests.request(mentee.getId(), mentorOfTwo.getId(), "one");
        requests.request(people.mentee().getId(), mentorOfTwo.getId(), "two");

        assertRefused(people.mentee(), mentorOfTwo, Reason.MENTOR_HAS_TOO_MANY_REQUESTS, "already has 2 open requests");
    }

    @Test
    void unavailableMentorTakesNoRequests() {
        mentor.setAvailable(false);
        people.save(mentor);

        assertRefused(mentee, mentor, Reason.MENTOR_UNAVAILABLE, "is not available for mentorships at the moment");
    }

    @Test
    void unverifiedMentorTakesNoRequests() {
        mentor.setMentorVerified(false);
        people.save(mentor);

        assertRefused(mentee, mentor, Reason.MENTOR_NOT_VERIFIED, "is not verified as a mentor yet");
    }

    @Test
    void applicationMustBeComplete() {
        assertRefused(people.menteeWithoutApplication(), mentor, Reason.APPLICATION_INCOMPLETE,
                "\"my data\", \"my current situation\", \"my goals\" and \"what help I wish for\"");
    }

    @Test
    void onlyMenteesRequestAndOnlyMentorsAreRequested() {
        assertRefused(people.mentor(1), mentor, Reason.NOT_A_MENTEE, "Only mentees can request");
        assertRefused(mentee, people.mentee(), Reason.NOT_A_MENTOR, "is not a mentor");
    }

    @Test
    void nobodyMentorsThemselves() {
        Person both = people.mentee();
        both.setMentor(true);
        both.setMentorVerified(true);
        people.save(both);

        assertRefused(both, both, Reason.SELF_REQUEST, "cannot request yourself");
    }

    @Test
    void aPersonCanBeMenteeAndMentorAtOnce() {
        Person both = people.mentee();
        both.setMentor(true);
        both.setMentorVerified(true);
        people.save(both);

        assertThat(requests.request(both.getId(), mentor.getId(), "as mentee").getState()).isEqualTo(MentorshipState.REQUESTED);
        assertThat(requests.request(people.mentee().getId(), both.getId(), "as mentor").getState()).isEqualTo(MentorshipState.REQUESTED);
    }

    @Test
    void concurrentRequestsNeverOverfillAMentor() throws Exception {
        Person mentorOfTwo = people.mentor(2);
        requests.request(mentee.getId(), mentorOfTwo.getId(), "first");
        List<Person> rivals = List.of(people.mentee(), people.mentee());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (Person rival : rivals) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return requests.request(rival.getId(), mentorOfTwo.getId(), "me too").getState();
                    } catch (RequestRefusedException e) {
                        return e.getReason();
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder(MentorshipState.REQUESTED, Reason.MENTOR_HAS_TOO_MANY_REQUESTS);
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertRefused(Person requester, Person requested, Reason reason, String message) {
        long before = runtimeService().createProcessInstanceQuery().variableValueEquals(MentorshipProcess.MENTEE_ID.name(), requester.getId()).count();
        assertThatThrownBy(() -> requests.request(requester.getId(), requested.getId(), "please"))
                .isInstanceOf(RequestRefusedException.class)
                .hasMessageContaining(message)
                .extracting("reason").isEqualTo(reason);
        assertThat(runtimeService().createProcessInstanceQuery().variableValueEquals(MentorshipProcess.MENTEE_ID.name(), requester.getId()).count())
                .as("a refused request starts no process").isEqualTo(before);
    }
}
