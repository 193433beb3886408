package org.mentorflow.mentorship;

import static org.mentorflow.mentorship.MentorshipJourney.START;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.junit.jupiter.api.BeforeEach;
import org.mentorflow.people.Person;
import org.mentorflow.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentorflow.mentorship.agreement.AgreementTerms;
import org.mentorflow.mentorship.agreement.Agreements;
import org.mentorflow.mentorship.agreement.AmendmentProcess;
import org.mentorflow.mentorship.lifecycle.MentorshipLifecycle;
import org.mentorflow.mentorship.meeting.Meeting;
import org.mentorflow.mentorship.meeting.MeetingProcess;
import org.mentorflow.mentorship.meeting.Meetings;
import org.mentorflow.notifications.ReceivedMail;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One mentorship, one process tree: its meetings and agreement changes run as called processes of it, and
 * every way a mentorship ends (cancelled, closed by a coordinator, completed) ends all of them by BPMN.
 */
class MentorshipProcessTreeTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;

    /** A fresh mentee with a complete application and a mentor with one place. */
    Person mentee;
    Person mentor;
    /** Running since {@link MentorshipJourney#START}: the agreement approved, the mailbox empty. */
    ProcessInstance mentorship;

    @BeforeEach
    void runningMentorship() {
        mentee = people.mentee();
        mentor = people.mentor(1);
        mentorship = MentorshipJourney.runningSince(START, requests, mentee, mentor);
        clearMailbox();
    }

    private static final AgreementTerms NINE_MONTHS = new AgreementTerms(9, 8, "once a month", "video calls",
            "every two weeks", "Learn to lead a team.", "A pause over the summer");

    @Autowired
    Agreements agreements;

    @Autowired
    Meetings meetings;

    @Autowired
    MentorshipLifecycle lifecycle;

    @Test
    void meetingsAndAgreementChangesAreCalledByTheirMentorship() {
        proposeMeeting("2026-03-10T17:00+01:00");
        proposeMeeting("2026-03-17T17:00+01:00");
        agreements.proposeAmendment(id(), mentee.getId(), NINE_MONTHS);

        assertThat(ProcessTree.called(mentorship, MeetingProcess.KEY)).hasSize(2)
                .allSatisfy(meeting -> assertThat(meeting.getBusinessKey()).isEqualTo(mentorship.getBusinessKey()));
        assertThat(ProcessTree.called(mentorship, AmendmentProcess.KEY)).hasSize(1);
        assertThat(mentorship).isWaitingAt(MentorshipProcess.CALL_HOLD_MEETING, MentorshipProcess.CALL_DECIDE_ON_CHANGE,
                EVENT_FIRST_MEETING_HELD, MeetingProcess.TASK_PROPOSE_MEETING);
    }

    @Test
    void cancellingEndsItsOpenMeetingAndAgreementChange() {
        proposeMeeting("2026-03-10T17:00+01:00");
        agreements.proposeAmendment(id(), mentee.getId(), NINE_MONTHS);
        ProcessInstance change = ProcessTree.called(mentorship, AmendmentProcess.KEY).get(0);
        execute(job(AmendmentProcess.TASK_MAIL_CHANGE_PROPOSAL, change));
        Task approveChange = taskQuery().processInstanceId(change.getId()).singleResult();
        assertThat(approveChange.getAssignee()).isEqualTo(mentor.getId());
        clearMailbox();

        lifecycle.cancel(id(), mentee.getId(), "Moving abroad.");
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_ENDED, mentorship));

        assertThat(mentorship).isEnded().hasPassed(MentorshipProcess.EVENT_MENTORSHIP_CANCELLED, MentorshipProcess.END_MENTORSHIP_CANCELLED);
        ProcessTree.assertNothingLeft(mentorship);
        assertThat(meetings.of(id())).extracting(Meeting::getStatus).containsExactly(Meeting.Status.CANCELLED);
        assertThat(mentorships.get(id()).getState()).isEqualTo(MentorshipState.CANCELLED);
        assertThatThrownBy(() -> taskService().complete(approveChange.getId(), withVariables(AGREEMENT_DECISION.name(), "approve")))
                .as("the mentor's old task is gone, not failing half-way").isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Cannot find task");
        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).extracting(ReceivedMail::to).containsExactly(mentor.getEmail());
    }

    @Test
    void completionEndsAMeetingStillBeingPlanned() {
        MentorshipJourney.heldMeeting(mentorship, java.time.Instant.parse("2026-03-05T16:00:00Z"));
        proposeMeeting("2026-03-10T17:00+01:00");

        complete(taskOf(TASK_FINISH_MENTORSHIP), MentorshipJourney.finishedEarly());
        execute(job(MentorshipProcess.TASK_MAIL_CONFIRM_COMPLETION, mentorship));
        complete(taskOf(TASK_CONFIRM_COMPLETION), withVariables(COMPLETION_CONFIRMED.name(), "yes"));
        execute(job(MentorshipProcess.TASK_ISSUE_CERTIFICATES, mentorship));
        execute(job(MentorshipProcess.TASK_MAIL_COMPLETED, mentorship));

        assertThat(mentorship).isEnded().hasPassed(MentorshipProcess.END_MENTORSHIP_COMPLETED);
        ProcessTree.assertNothingLeft(mentorship);
        assertThat(meetings.of(id())).extracting(Meeting::getStatus).containsExactlyInAnyOrder(Meeting.Status.HELD, Meeting.Status.CANCELLED);
        assertThat(mentorships.get(id()).getState()).isEqualTo(MentorshipState.COMPLETED);
    }

    @Test
    void coordinatorsCloseEndsEverythingUnderWay() {
        proposeMeeting("2026-03-10T17:00+01:00");
        agreements.proposeAmendment(id(), mentor.getId(), NINE_MONTHS);
        passTime(MentorshipProcess.TIMER_FIRST_SILENCE);
        execute(job(MentorshipProcess.TASK_MAIL_NUDGE, mentorship));
        passTime(MentorshipProcess.TIMER_SECOND_SILENCE);
        Task check = taskOf(TASK_CHECK_INACTIVE);
        String coordinator = people.coordinator().getId();
        taskService().claim(check.getId(), coordinator);
        clearMailbox();

        complete(check, withVariables(INACTIVE_DECISION.name(), "close", COORDINATOR_NOTE.name(), "No answer to our calls since May."));
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_ENDED, mentorship));

        assertThat(mentorship).isEnded().hasPassed(MentorshipProcess.EVENT_MENTORSHIP_CLOSED, MentorshipProcess.END_MENTORSHIP_CANCELLED);
        ProcessTree.assertNothingLeft(mentorship);
        Mentorship closed = mentorships.get(id());
        assertThat(closed.getState()).isEqualTo(MentorshipState.CANCELLED);
        assertThat(closed.getCancelledBy()).isEqualTo(coordinator);
        assertThat(closed.getCancelReason()).isEqualTo("No answer to our calls since May.");
        List<ReceivedMail> mails = ReceivedMail.all(SMTP.getReceivedMessages());
        assertThat(mails).extracting(ReceivedMail::to).containsExactlyInAnyOrder(mentee.getEmail(), mentor.getEmail());
        assertThat(mails).allSatisfy(mail -> assertThat(mail.text()).contains("No answer to our calls since May."));
    }

    @Test
    void cancellingWhileTheyAgreeEndsTheAgreement() {
        ProcessInstance accepted = MentorshipJourney.accepted(requests, people.mentee(), people.mentor(1));
        ProcessInstance agreement = ProcessTree.called(accepted, "agreement").get(0);
        long acceptedId = Long.parseLong(accepted.getBusinessKey());

        lifecycle.cancel(acceptedId, mentorships.get(acceptedId).getMentor().getId(), "I changed jobs.");
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_ENDED, accepted));

        assertThat(agreement).isEnded();
        ProcessTree.assertNothingLeft(accepted);
    }

    private void proposeMeeting(String start) {
        complete(taskOf(MeetingProcess.TASK_PROPOSE_MEETING), withVariables(MeetingProcess.PROPOSED_START.name(), start,
                MeetingProcess.PROPOSED_DURATION.name(), 60, MeetingProcess.PROPOSED_PLACE.name(), "Online",
                MeetingProcess.PROPOSED_TOPIC.name(), "CV review"));
    }

    private Task taskOf(String key) {
        return taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(key).singleResult();
    }

    private void passTime(String timerId) {
        Job timer = managementService().createJobQuery().processInstanceId(mentorship.getId()).activityId(timerId).singleResult();
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        execute(timer);
    }

    private long id() {
        return Long.parseLong(mentorship.getBusinessKey());
    }
}
