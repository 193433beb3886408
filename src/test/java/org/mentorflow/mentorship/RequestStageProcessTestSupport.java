package org.mentorflow.mentorship;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.mentorflow.people.Person;

/** Steps of the request stage that many tests take on their way to what they check. */
public final class RequestStageProcessTestSupport {

    private RequestStageProcessTestSupport() {
    }

    public static ProcessInstance processOf(Mentorship mentorship) {
        return runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(mentorship.getId().toString()).singleResult();
    }

    /** The mentee requests, the mentor is mailed: the review task waits. */
    public static ProcessInstance requestedAndMailed(MentorshipRequests requests, Person mentee, Person mentor) {
        ProcessInstance process = processOf(requests.request(mentee.getId(), mentor.getId(), "Would you be my mentor?"));
        execute(job("Task_MailRequestToMentor", process));
        return process;
    }
}
