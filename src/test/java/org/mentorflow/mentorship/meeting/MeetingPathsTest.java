package org.mentorflow.mentorship.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.MENTEE_ID;
import static org.mentorflow.mentorship.MentorshipProcess.MENTORSHIP_ID;
import static org.mentorflow.mentorship.MentorshipProcess.MENTOR_ID;
import static org.mentorflow.mentorship.meeting.MeetingProcess.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.processes.EngineOnlyProcessTest;

/** Every path of processes/meeting.bpmn on the engine alone: agree on a time, meet, both say whether it took place. */
@Deployment(resources = {"processes/meeting.bpmn", "forms/approve-meeting.form", "forms/accept-meeting-time.form",
        "forms/confirm-meeting-mentee.form", "forms/confirm-meeting-mentor.form"})
class MeetingPathsTest extends EngineOnlyProcessTest {

    private static final long MENTORSHIP = 42L;
    private static final long MEETING = 7L;
    private static final String MENTEE = "mentee-1";
    private static final String MENTOR = "mentor-1";
    private static final Instant PROPOSED_AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant ENDS_AT = Instant.parse("2026-03-10T17:00:00Z");
    /** Where "Reschedule meeting" moves the meeting's end when a side offers another time. */
    private static final Instant MOVED_END = Instant.parse("2026-03-11T18:30:00Z");

    /** What "Record whether it took place" decides (the real one: both said yes), and the answers it found. */
    private boolean heldByBoth;
    private final List<Object> answersRecorded = new ArrayList<>();

    {
        delegate("sendMail");
        delegate("scheduleMeeting");
        delegate("recordMeetingOutcome", execution -> {
            answersRecorded.add(execution.getVariable(MENTEE_SAYS_HELD.name()));
            answersRecorded.add(execution.getVariable(MENTOR_SAYS_HELD.name()));
            execution.setVariable(HELD_BY_BOTH.name(), heldByBoth);
        });
        delegate("reportActivity");
        delegate("awardCredits");
        taskListener("clearPreviousAnswers");
        taskListener("showMeeting");
        taskListener("checkAnswers");
        taskListener("rescheduleMeeting", task -> {
            if ("other".equals(task.getVariable(TIME_DECISION.name()))) {
                task.getExecution().setVariable(MEETING_ENDS_AT.name(), Date.from(MOVED_END));
            }
        });
    }

    @BeforeEach
    void proposedOnMonday() {
        clockAt(PROPOSED_AT);
    }

    @Test
    void proposedMeetingAsksTheMentorToApproveTheTime() {
        ProcessInstance meeting = proposed();
        assertThat(meeting).isWaitingAt(TASK_MAIL_MEETING_PROPOSAL);

        execute(job(TASK_MAIL_MEETING_PROPOSAL, meeting));

        assertThat(mailsSent()).containsExactly(mail(TASK_MAIL_MEETING_PROPOSAL, "meeting-proposed", "mentor"));
        assertThat(taskAt(meeting, TASK_APPROVE_MEETING)).isAssignedTo(MENTOR);
        assertThat(stepsOf("clearPreviousAnswers")).containsExactly(TASK_APPROVE_MEETING);
        assertThat(stepsOf("showMeeting")).containsExactly(TASK_APPROVE_MEETING);
    }

    @Test
    void approvedTimeSchedulesTheMeetingInvitesBothAndWaitsUntilItIsOver() {
        ProcessInstance meeting = waitingForTheMentor();

        complete(taskAt(meeting, TASK_APPROVE_MEETING), withVariables(TIME_DECISION.name(), "approve"));

        assertThat(stepsOf("checkAnswers")).containsExactly(TASK_APPROVE_MEETING);
        assertThat(stepsOf("rescheduleMeeting")).containsExactly(TASK_APPROVE_MEETING);
        assertThat(stepsOf("scheduleMeeting")).containsExactly(TASK_SCHEDULE_MEETING);
        assertThat(meeting).isWaitingAt(TASK_MAIL_INVITATIONS);
        execute(job(TASK_MAIL_INVITATIONS, meeting));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_INVITATIONS, "meeting-invitation", "mentee,mentor"));
        assertThat(inputOf("sendMail", TASK_MAIL_INVITATIONS)).containsEntry("attach", "calendarInvitation");
        assertThat(meeting).isWaitingAt(TIMER_MEETING_OVER);
        assertThat(job(TIMER_MEETING_OVER, meeting).getDuedate()).isEqualTo(Date.from(ENDS_AT));
    }

    @Test
    void meetingBothSayTookPlaceCountsEarnsCreditsAndAsksForFeedback() {
        ProcessInstance meeting = over();
        assertThat(taskAt(meeting, TASK_CONFIRM_MENTEE)).isAssignedTo(MENTEE);
        assertThat(taskAt(meeting, TASK_CONFIRM_MENTOR)).isAssignedTo(MENTOR);
        assertThat(stepsOf("showMeeting")).endsWith(TASK_CONFIRM_MENTEE, TASK_CONFIRM_MENTOR);
        heldByBoth = true;

        complete(taskAt(meeting, TASK_CONFIRM_MENTEE), withVariables(MENTEE_SAYS_HELD.name(), "yes"));

        execute(job(GATEWAY_BOTH_ANSWERED, meeting)); // the join runs as a job
        assertThat(meeting).as("one answer is not the outcome").isWaitingAt(TASK_CONFIRM_MENTOR).hasNotPassed(TASK_RECORD_MEETING_OUTCOME);
        complete(taskAt(meeting, TASK_CONFIRM_MENTOR), withVariables(MENTOR_SAYS_HELD.name(), "yes"));
        execute(job(GATEWAY_BOTH_ANSWERED, meeting)); // the join runs as a job

        assertThat(answersRecorded).containsExactly("yes", "yes");
        assertThat(stepsOf("reportActivity")).containsExactly(TASK_REPORT_ACTIVITY);
        assertThat(inputOf("awardCredits", TASK_AWARD_MEETING_CREDITS)).containsEntry("event", "MEETING_CONFIRMED")
                .containsEntry("to", "mentee,mentor");
        assertThat(meeting).isWaitingAt(TASK_MAIL_FEEDBACK_REQUEST);
        execute(job(TASK_MAIL_FEEDBACK_REQUEST, meeting));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_FEEDBACK_REQUEST, "meeting-feedback", "mentee,mentor"));
        assertThat(inputOf("sendMail", TASK_MAIL_FEEDBACK_REQUEST)).containsEntry("feedback", "MEETING_HELD");
        assertThat(meeting).hasPassed(END_MEETING_HELD).isEnded();
    }

    @Test
    void meetingNotHeldByBothEndsWithoutCreditsOrFeedback() {
        ProcessInstance meeting = over();
        heldByBoth = false;

        complete(taskAt(meeting, TASK_CONFIRM_MENTOR), withVariables(MENTOR_SAYS_HELD.name(), "no", MENTOR_NOTE.name(), "I waited 30 minutes."));

        execute(job(GATEWAY_BOTH_ANSWERED, meeting)); // the join runs as a job
        complete(taskAt(meeting, TASK_CONFIRM_MENTEE), withVariables(MENTEE_SAYS_HELD.name(), "yes"));
        execute(job(GATEWAY_BOTH_ANSWERED, meeting)); // the join runs as a job

        assertThat(answersRecorded).containsExactly("yes", "no");
        assertThat(meeting).hasPassed(TASK_RECORD_MEETING_OUTCOME, END_MEETING_NOT_HELD)
                .hasNotPassed(TASK_REPORT_ACTIVITY, TASK_AWARD_MEETING_CREDITS, TASK_MAIL_FEEDBACK_REQUEST).isEnded();
        assertThat(stepsOf("awardCredits")).isEmpty();
        assertThat(mailsSent()).extracting(Mail::step).doesNotContain(TASK_MAIL_FEEDBACK_REQUEST);
    }

    @Test
    void mentorOffersAnotherTimeAndTheMenteeAcceptsIt() {
        ProcessInstance meeting = waitingForTheMentor();

        complete(taskAt(meeting, TASK_APPROVE_MEETING), withVariables(TIME_DECISION.name(), "other", OTHER_START.name(), "2026-03-11T18:30+01:00"));
        assertThat(meeting).isWaitingAt(TASK_MAIL_OTHER_TIME);
        execute(job(TASK_MAIL_OTHER_TIME, meeting));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_OTHER_TIME, "meeting-other-time", "mentee"));
        assertThat(taskAt(meeting, TASK_ACCEPT_OTHER_TIME)).isAssignedTo(MENTEE);
        assertThat(stepsOf("clearPreviousAnswers")).endsWith(TASK_ACCEPT_OTHER_TIME);
        assertThat(stepsOf("showMeeting")).endsWith(TASK_ACCEPT_OTHER_TIME);
        complete(taskAt(meeting, TASK_ACCEPT_OTHER_TIME), withVariables(TIME_DECISION.name(), "accept"));

        assertThat(stepsOf("rescheduleMeeting")).containsExactly(TASK_APPROVE_MEETING, TASK_ACCEPT_OTHER_TIME);
        assertThat(meeting).hasPassed(TASK_SCHEDULE_MEETING).isWaitingAt(TASK_MAIL_INVITATIONS);
        execute(job(TASK_MAIL_INVITATIONS, meeting));
        assertThat(job(TIMER_MEETING_OVER, meeting).getDuedate()).as("the moved meeting's end").isEqualTo(Date.from(MOVED_END));
    }

    @Test
    void menteeOffersYetAnotherTimeAndTheMentorDecidesAgain() {
        ProcessInstance meeting = waitingForTheMentor();
        complete(taskAt(meeting, TASK_APPROVE_MEETING), withVariables(TIME_DECISION.name(), "other", OTHER_START.name(), "2026-03-11T18:30+01:00"));
        execute(job(TASK_MAIL_OTHER_TIME, meeting));

        complete(taskAt(meeting, TASK_ACCEPT_OTHER_TIME), withVariables(TIME_DECISION.name(), "other", OTHER_START.name(), "2026-03-12T08:00+01:00"));

        assertThat(meeting).hasNotPassed(TASK_SCHEDULE_MEETING).isWaitingAt(TASK_MAIL_MEETING_PROPOSAL);
        execute(job(TASK_MAIL_MEETING_PROPOSAL, meeting));
        assertThat(mailsSent()).extracting(Mail::step)
                .containsExactly(TASK_MAIL_MEETING_PROPOSAL, TASK_MAIL_OTHER_TIME, TASK_MAIL_MEETING_PROPOSAL);
        assertThat(taskAt(meeting, TASK_APPROVE_MEETING)).isAssignedTo(MENTOR);
        assertThat(stepsOf("clearPreviousAnswers")).containsExactly(TASK_APPROVE_MEETING, TASK_ACCEPT_OTHER_TIME, TASK_APPROVE_MEETING);
    }

    /** As the mentorship's "Hold the meeting" calls it: the business key is the mentorship id. */
    private static ProcessInstance proposed() {
        return runtimeService().createProcessInstanceByKey(KEY).businessKey(Long.toString(MENTORSHIP))
                .setVariables(withVariables(MENTORSHIP_ID.name(), MENTORSHIP, MENTEE_ID.name(), MENTEE, MENTOR_ID.name(), MENTOR,
                        MEETING_ID.name(), MEETING, MEETING_ENDS_AT.name(), Date.from(ENDS_AT)))
                .execute();
    }

    private static ProcessInstance waitingForTheMentor() {
        ProcessInstance meeting = proposed();
        execute(job(TASK_MAIL_MEETING_PROPOSAL, meeting));
        return meeting;
    }

    /** Approved, invited, and the meeting's time has passed: both are asked whether it took place. */
    private static ProcessInstance over() {
        ProcessInstance meeting = waitingForTheMentor();
        complete(taskAt(meeting, TASK_APPROVE_MEETING), withVariables(TIME_DECISION.name(), "approve"));
        execute(job(TASK_MAIL_INVITATIONS, meeting));
        fire(job(TIMER_MEETING_OVER, meeting));
        assertThat(meeting).isWaitingAt(TASK_CONFIRM_MENTEE, TASK_CONFIRM_MENTOR);
        return meeting;
    }
}
