package org.mentorflow.mentorship;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.mentorflow.mentorship.meeting.MeetingProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;

/** Steps of a mentorship that many tests take on their way to what they check, as the two would in Tasklist. */
public final class MentorshipJourney {

    /** The day the tests' running mentorships start on: a Monday, 10:00 in Vienna. */
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private MentorshipJourney() {
    }

    /** Accepted and the agreement approved at {@code start}, the engine clock standing there. */
    public static ProcessInstance runningSince(Instant start, MentorshipRequests requests, Person mentee, Person mentor) {
        ClockUtil.setCurrentTime(Date.from(start));
        return running(requests, mentee, mentor);
    }

    public static ProcessInstance processOf(Mentorship mentorship) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(mentorship.getId().toString()).singleResult();
    }

    /** Requested, accepted, contact details sent: the mentee writes the agreement. */
    public static ProcessInstance accepted(MentorshipRequests requests, Person mentee, Person mentor) {
        ProcessInstance process = requestedAndMailed(requests, mentee, mentor);
        complete(task(process), withVariables(DECISION.name(), DECISION_ACCEPT));
        execute(job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, process));
        return process;
    }

    /** Accepted and the agreement approved: the mentorship runs, meetings can be proposed. */
    public static ProcessInstance running(MentorshipRequests requests, Person mentee, Person mentor) {
        ProcessInstance mentorship = accepted(requests, mentee, mentor);
        ProcessInstance agreement = calledProcessInstance("agreement", mentorship);
        complete(task(agreement), agreementTerms(6, "Learn to lead a team."));
        execute(job(MentorshipProcess.TASK_MAIL_AGREEMENT_PROPOSAL, agreement));
        complete(task(agreement), withVariables(AGREEMENT_DECISION.name(), "approve"));
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_STARTED, agreement));
        return mentorship;
    }

    public static Map<String, Object> agreementTerms(int months, String goals) {
        return withVariables(AGREEMENT_DURATION_MONTHS.name(), months, AGREEMENT_MEETINGS.name(), 6, AGREEMENT_RHYTHM.name(), "once a month",
                AGREEMENT_CONTACT_CHANNELS.name(), "video calls, e-mail", AGREEMENT_CONTACT_FREQUENCY.name(), "every two weeks",
                AGREEMENT_GOALS.name(), goals, AGREEMENT_AGENDA.name(), "CV, interviews, first 100 days");
    }

    /** The mentee requests, the mentor is mailed: the review task waits. */
    public static ProcessInstance requestedAndMailed(MentorshipRequests requests, Person mentee, Person mentor) {
        ProcessInstance process = processOf(requests.request(mentee.getId(), mentor.getId(), "Would you be my mentor?"));
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, process));
        return process;
    }

    /** A reason for finishing before the agreed frame is met, as the finish form asks for it. */
    public static final String EARLY_REASON = "We reached the goals sooner than planned.";

    /**
     * Running with one meeting held a week after the engine clock's time: finishing is offered, and early (one of six
     * agreed meetings), so it needs {@link #EARLY_REASON}.
     */
    public static ProcessInstance finishable(MentorshipRequests requests, Person mentee, Person mentor) {
        ProcessInstance mentorship = running(requests, mentee, mentor);
        heldMeeting(mentorship, ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(7)));
        return mentorship;
    }

    /** The finish form's answers: the final meeting held, with the early reason. */
    public static Map<String, Object> finishedEarly() {
        return withVariables(FINAL_MEETING_HELD.name(), true, EARLY_FINISH_REASON.name(), EARLY_REASON);
    }

    /** Proposes, approves and confirms a meeting at {@code start}, moving the engine clock past it. */
    public static ProcessInstance heldMeeting(ProcessInstance mentorship, Instant start) {
        complete(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(MeetingProcess.TASK_PROPOSE_MEETING).singleResult(),
                withVariables(MeetingProcess.PROPOSED_START.name(), start.toString(), MeetingProcess.PROPOSED_DURATION.name(), 60,
                        MeetingProcess.PROPOSED_PLACE.name(), "Online", MeetingProcess.PROPOSED_TOPIC.name(), "Progress"));
        ProcessInstance meeting = runtimeService().createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY)
                .processInstanceBusinessKey(mentorship.getBusinessKey()).singleResult();
        return holdProposed(meeting, start);
    }

    /** Approves and confirms a proposed meeting at {@code start}, moving the engine clock past it. */
    public static ProcessInstance holdProposed(ProcessInstance meeting, Instant start) {
        execute(job(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL, meeting));
        complete(taskQuery().processInstanceId(meeting.getId()).singleResult(), withVariables(MeetingProcess.TIME_DECISION.name(), "approve"));
        execute(job(MeetingProcess.TASK_MAIL_INVITATIONS, meeting));
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(2))));
        execute(job(MeetingProcess.TIMER_MEETING_OVER, meeting));
        complete(taskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(MeetingProcess.TASK_CONFIRM_MENTEE).singleResult(),
                withVariables(MeetingProcess.MENTEE_SAYS_HELD.name(), "yes"));
        execute(job(MeetingProcess.GATEWAY_BOTH_ANSWERED, meeting));
        complete(taskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(MeetingProcess.TASK_CONFIRM_MENTOR).singleResult(),
                withVariables(MeetingProcess.MENTOR_SAYS_HELD.name(), "yes"));
        execute(job(MeetingProcess.GATEWAY_BOTH_ANSWERED, meeting));
        execute(job(MeetingProcess.TASK_MAIL_FEEDBACK_REQUEST, meeting));
        return meeting;
    }
}
