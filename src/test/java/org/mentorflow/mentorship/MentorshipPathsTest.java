package org.mentorflow.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.*;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorflow.mentorship.agreement.AmendmentProcess;
import org.mentorflow.mentorship.lifecycle.MentorshipDates;
import org.mentorflow.mentorship.meeting.MeetingProcess;
import org.mentorflow.mentorship.request.RecordRequestOutcomeListener;
import org.mentorflow.processes.EngineOnlyProcessTest;
import org.mockito.ArgumentMatchers;

/**
 * Every path of processes/mentorship.bpmn on the engine alone, from the request to its end. The agreement, the
 * meetings and the agreement changes it calls are stubs that wait in one step: their own paths are their tests'
 * (AgreementPathsTest, MeetingPathsTest, AmendmentPathsTest); here it counts what the mentorship passes them and
 * that they end with it. Messages are correlated as the Java side does it (named at each).
 */
@Deployment(resources = {"processes/mentorship.bpmn", "forms/review-mentorship-request.form", "forms/finish-mentorship.form",
        "forms/confirm-completion.form", "forms/propose-meeting.form", "forms/check-inactive-mentorship.form"})
class MentorshipPathsTest extends EngineOnlyProcessTest {

    private static final long MENTORSHIP = 42L;
    private static final String BUSINESS_KEY = Long.toString(MENTORSHIP);
    private static final String MENTEE = "mentee-1";
    private static final String MENTOR = "mentor-1";
    private static final String COORDINATOR = "coordinator-1";
    private static final Instant REQUESTED_AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration REMINDER_PERIOD = Duration.ofDays(3);
    private static final Duration EXPIRY_PERIOD = Duration.ofDays(14);
    private static final Duration SILENT_PERIOD = Duration.ofDays(30);
    private static final Instant PLANNED_END = Instant.parse("2026-09-02T07:00:00Z");
    private static final Instant EXTENDED_END = Instant.parse("2026-12-02T08:00:00Z");

    /** The one step of each called model's stub. */
    private static final String CALLED_STEP = "Task_CalledModelWaits";

    private final RecordRequestOutcomeListener recordRequestOutcome = bean("recordRequestOutcome", RecordRequestOutcomeListener.class);
    private final MentorshipDates mentorshipDates = bean("mentorshipDates", MentorshipDates.class);

    {
        delegate("sendMail");
        delegate("proposeMeeting");
        delegate("awardCredits");
        delegate("issueCertificates");
        taskListener("showApplication");
        taskListener("checkAnswers");
        taskListener("clearPreviousAnswers");
        taskListener("earlyFinish");
        taskListener("showMentorshipToCoordinator");
        // as the real one: a close names the coordinator as the one who ended it, the note as the reason
        taskListener("recordCoordinatorDecision", task -> {
            task.getExecution().setVariable(CLOSED_BY.name(), COORDINATOR);
            if ("close".equals(task.getVariable(INACTIVE_DECISION.name()))) {
                task.getExecution().setVariable(CANCELLED_BY.name(), COORDINATOR);
                task.getExecution().setVariable(CANCEL_REASON.name(), task.getVariable(COORDINATOR_NOTE.name()));
            }
        });
        executionListener("recordCancellation");
        executionListener("completeMentorship");
    }

    @BeforeEach
    void calledModelsAsStubsAndTheClockAtTheRequest() {
        for (String key : List.of(AGREEMENT_KEY, MeetingProcess.KEY, AmendmentProcess.KEY)) {
            deployAlso(key + "-stub.bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                    .startEvent().userTask(CALLED_STEP).endEvent().done());
        }
        when(mentorshipDates.plannedEnd(MENTORSHIP)).thenReturn(Date.from(PLANNED_END));
        clockAt(REQUESTED_AT);
    }

    // the request stage

    @Test
    void requestMailsTheMentorAndWaitsForTheReview() {
        ProcessInstance mentorship = requested();
        assertThat(mentorship).isWaitingAt(TASK_MAIL_REQUEST_TO_MENTOR);

        execute(job(TASK_MAIL_REQUEST_TO_MENTOR, mentorship));

        assertThat(mailsSent()).containsExactly(mail(TASK_MAIL_REQUEST_TO_MENTOR, "request-received", "mentor"));
        assertThat(mentorship).isWaitingAt(TASK_REVIEW_REQUEST);
        assertThat(taskAt(mentorship, TASK_REVIEW_REQUEST)).isAssignedTo(MENTOR)
                .hasDueDate(Date.from(REQUESTED_AT.plus(EXPIRY_PERIOD)));
        assertThat(stepsOf("showApplication")).containsExactly(TASK_REVIEW_REQUEST);
        assertThat(job(TIMER_REQUEST_EXPIRES, mentorship).getDuedate()).isEqualTo(Date.from(REQUESTED_AT.plus(EXPIRY_PERIOD)));
    }

    @Test
    void mentorIsRemindedTwiceWhileTheRequestWaits() {
        ProcessInstance mentorship = waitingForTheMentor();

        fire(job(TIMER_REMIND_MENTOR, mentorship));
        execute(job(TASK_REMIND_MENTOR, mentorship));
        assertThat(job(TIMER_REMIND_MENTOR, mentorship).getDuedate()).isEqualTo(Date.from(REQUESTED_AT.plus(REMINDER_PERIOD.multipliedBy(2))));
        fire(job(TIMER_REMIND_MENTOR, mentorship));
        execute(job(TASK_REMIND_MENTOR, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_REMIND_MENTOR, "request-reminder", "mentor"),
                mail(TASK_REMIND_MENTOR, "request-reminder", "mentor"));
        assertThat(mentorship).hasPassed(END_MENTOR_REMINDED).isWaitingAt(TASK_REVIEW_REQUEST);
        assertThat(job(TIMER_REMIND_MENTOR, mentorship)).as("two reminders at most").isNull();
    }

    @Test
    void acceptedRequestMailsBothTheirContactDetailsAndCallsTheAgreement() {
        ProcessInstance mentorship = waitingForTheMentor();

        complete(taskAt(mentorship, TASK_REVIEW_REQUEST), withVariables(DECISION.name(), DECISION_ACCEPT));

        assertThat(stepsOf("checkAnswers")).containsExactly(TASK_REVIEW_REQUEST);
        verify(recordRequestOutcome).record(ArgumentMatchers.any(DelegateExecution.class), ArgumentMatchers.eq("ACCEPTED"));
        assertThat(job(TIMER_REMIND_MENTOR, mentorship)).isNull();
        assertThat(job(TIMER_REQUEST_EXPIRES, mentorship)).isNull();
        assertThat(mentorship).hasPassed(GATEWAY_REQUEST_ACCEPTED).isWaitingAt(TASK_MAIL_CONTACT_DETAILS);
        execute(job(TASK_MAIL_CONTACT_DETAILS, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_CONTACT_DETAILS, "contact-details", "mentee,mentor"));
        assertThat(mentorship).isWaitingAt(CALL_AGREE_ON_MENTORSHIP);
        ProcessInstance agreement = calledProcessInstance(AGREEMENT_KEY, mentorship);
        assertThat(agreement).hasBusinessKey(BUSINESS_KEY).isWaitingAt(CALLED_STEP);
        assertThat(runtimeService().getVariables(agreement.getId())).containsOnly(entry(MENTORSHIP_ID.name(), MENTORSHIP),
                entry(MENTEE_ID.name(), MENTEE), entry(MENTOR_ID.name(), MENTOR), entry(AGREEMENT_REMINDER_CYCLE.name(), "R1/P7D"));
    }

    @Test
    void declinedRequestSendsTheMentorsAnswerToTheMentee() {
        ProcessInstance mentorship = waitingForTheMentor();

        complete(taskAt(mentorship, TASK_REVIEW_REQUEST), withVariables(DECISION.name(), DECISION_DECLINE));

        verify(recordRequestOutcome).record(ArgumentMatchers.any(DelegateExecution.class), ArgumentMatchers.eq("DECLINED"));
        assertThat(mentorship).isWaitingAt(TASK_MAIL_DECLINE);
        execute(job(TASK_MAIL_DECLINE, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_DECLINE, "request-declined", "mentee"));
        assertThat(mentorship).hasPassed(END_REQUEST_DECLINED).hasNotPassed(SUBPROCESS_UNDER_WAY).isEnded();
    }

    @Test
    void unansweredRequestExpiresAndTellsTheMentee() {
        ProcessInstance mentorship = waitingForTheMentor();

        fire(job(TIMER_REQUEST_EXPIRES, mentorship));

        verify(recordRequestOutcome).record(ArgumentMatchers.any(DelegateExecution.class), ArgumentMatchers.eq("EXPIRED"));
        assertThat(mentorship).hasPassed(TIMER_REQUEST_EXPIRES).isWaitingAt(TASK_MAIL_REQUEST_EXPIRED);
        assertThat(job(TIMER_REMIND_MENTOR, mentorship)).as("no reminders for an expired request").isNull();
        execute(job(TASK_MAIL_REQUEST_EXPIRED, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_REQUEST_EXPIRED, "request-expired", "mentee"));
        assertThat(mentorship).hasPassed(END_REQUEST_EXPIRED).hasNotPassed(TASK_MAIL_DECLINE).isEnded();
    }

    @Test
    void closedRequestWindowExpiresTheRequestAsTheTimerDoes() {
        ProcessInstance mentorship = waitingForTheMentor();

        requestWindowClosed();

        verify(recordRequestOutcome).record(ArgumentMatchers.any(DelegateExecution.class), ArgumentMatchers.eq("EXPIRED"));
        assertThat(mentorship).hasPassed(EVENT_REQUEST_WINDOW_CLOSED, GATEWAY_REQUEST_ENDS_UNANSWERED).hasNotPassed(TIMER_REQUEST_EXPIRES)
                .isWaitingAt(TASK_MAIL_REQUEST_EXPIRED);
        assertThat(job(TIMER_REQUEST_EXPIRES, mentorship)).isNull();
        execute(job(TASK_MAIL_REQUEST_EXPIRED, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_REQUEST_EXPIRED, "request-expired", "mentee"));
        assertThat(mentorship).hasPassed(END_REQUEST_EXPIRED).isEnded();
    }

    @Test
    void withdrawnRequestEndsTheReviewAndTellsTheMentor() {
        ProcessInstance mentorship = waitingForTheMentor();

        withdrawn();

        verify(recordRequestOutcome).record(ArgumentMatchers.any(DelegateExecution.class), ArgumentMatchers.eq("WITHDRAWN"));
        assertThat(mentorship).hasPassed(EVENT_REQUEST_WITHDRAWN).isWaitingAt(TASK_MAIL_REQUEST_WITHDRAWN);
        execute(job(TASK_MAIL_REQUEST_WITHDRAWN, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_REQUEST_WITHDRAWN, "request-withdrawn", "mentor"));
        assertThat(mentorship).hasPassed(END_REQUEST_WITHDRAWN).isEnded();
    }

    @Test
    void menteeCanWithdrawBeforeTheMentorWasEvenMailed() {
        ProcessInstance mentorship = requested();

        withdrawn();
        execute(job(TASK_MAIL_REQUEST_WITHDRAWN, mentorship));

        assertThat(mailsSent()).containsExactly(mail(TASK_MAIL_REQUEST_WITHDRAWN, "request-withdrawn", "mentor"));
        assertThat(mentorship).hasNotPassed(TASK_MAIL_REQUEST_TO_MENTOR, TASK_REVIEW_REQUEST).hasPassed(END_REQUEST_WITHDRAWN).isEnded();
    }

    @Test
    void answeredRequestCanNoLongerBeWithdrawn() {
        ProcessInstance mentorship = waitingForTheMentor();
        complete(taskAt(mentorship, TASK_REVIEW_REQUEST), withVariables(DECISION.name(), DECISION_ACCEPT));

        assertThatThrownBy(MentorshipPathsTest::withdrawn).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(mentorship).isWaitingAt(TASK_MAIL_CONTACT_DETAILS);
    }

    @Test
    void mentorCancelsWhileTheRequestIsOpenAndTheMenteeIsTold() {
        ProcessInstance mentorship = waitingForTheMentor();

        cancelledBy(MENTOR);

        assertThat(stepsOf("recordCancellation")).containsExactly(EVENT_CANCELLED_WHILE_REQUESTED);
        assertThat(mentorship).isWaitingAt(TASK_MAIL_MENTORSHIP_ENDED);
        execute(job(TASK_MAIL_MENTORSHIP_ENDED, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_MENTORSHIP_ENDED, "mentorship-ended", "mentee"));
        assertThat(mentorship).hasPassed(END_MENTORSHIP_CANCELLED).hasNotPassed(SUBPROCESS_UNDER_WAY).isEnded();
        verify(recordRequestOutcome, times(0)).record(ArgumentMatchers.any(), ArgumentMatchers.any());
    }

    // under way: the agreement

    @Test
    void menteeCancelsWhileTheyAgreeEndsTheAgreementAndTellsTheMentor() {
        ProcessInstance mentorship = agreeing();
        ProcessInstance agreement = calledProcessInstance(AGREEMENT_KEY, mentorship);

        cancelledBy(MENTEE);

        assertThat(agreement).isEnded();
        assertThat(stepsOf("recordCancellation")).containsExactly(EVENT_MENTORSHIP_CANCELLED);
        execute(job(TASK_MAIL_MENTORSHIP_ENDED, mentorship));
        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_MENTORSHIP_ENDED, "mentorship-ended", "mentor"));
        assertThat(mentorship).hasPassed(END_MENTORSHIP_CANCELLED).isEnded();
        ProcessTree.assertNothingLeft(mentorship);
    }

    @Test
    void agreedMentorshipWaitsToMeetAndToFinishAndWatchesItsActivityAndEndDate() {
        ProcessInstance mentorship = agreeing();

        complete(task(calledProcessInstance(AGREEMENT_KEY, mentorship)));

        assertThat(mentorship).hasPassed(CALL_AGREE_ON_MENTORSHIP).isWaitingAt(EVENT_FIRST_MEETING_HELD,
                MeetingProcess.TASK_PROPOSE_MEETING, EVENT_GATEWAY_FIRST_PERIOD, EVENT_GATEWAY_END_OR_CHANGE);
        assertThat(taskAt(mentorship, MeetingProcess.TASK_PROPOSE_MEETING)).isAssignedTo(MENTEE);
        assertThat(stepsOf("clearPreviousAnswers")).as("no finish before a meeting is held").isEmpty();

        firstMeetingHeld(mentorship);

        assertThat(mentorship).hasPassed(EVENT_FIRST_MEETING_HELD).isWaitingAt(TASK_FINISH_MENTORSHIP);
        assertThat(taskAt(mentorship, TASK_FINISH_MENTORSHIP)).isAssignedTo(MENTEE);
        assertThat(stepsOf("clearPreviousAnswers")).containsExactly(TASK_FINISH_MENTORSHIP);
        assertThat(stepsOf("earlyFinish")).containsExactly(TASK_FINISH_MENTORSHIP);
        assertThat(job(TIMER_FIRST_SILENCE, mentorship).getDuedate()).isEqualTo(Date.from(REQUESTED_AT.plus(SILENT_PERIOD)));
        assertThat(job(TIMER_END_DATE, mentorship).getDuedate()).isEqualTo(Date.from(PLANNED_END));
        verify(mentorshipDates).plannedEnd(MENTORSHIP);
    }

    // under way: meetings and agreement changes

    @Test
    void proposingAMeetingHandsItToProposeMeetingAndOffersTheNextProposal() {
        ProcessInstance mentorship = running();

        complete(taskAt(mentorship, MeetingProcess.TASK_PROPOSE_MEETING), withVariables(MeetingProcess.PROPOSED_START.name(),
                "2026-03-10T17:00+01:00", MeetingProcess.PROPOSED_DURATION.name(), 60, MeetingProcess.PROPOSED_PLACE.name(), "Café Central"));

        assertThat(stepsOf("checkAnswers")).endsWith(MeetingProcess.TASK_PROPOSE_MEETING);
        assertThat(stepsOf("proposeMeeting")).containsExactly(EVENT_MEETING_PROPOSED);
        assertThat(mentorship).hasPassed(EVENT_MEETING_PROPOSED).isWaitingAt(MeetingProcess.TASK_PROPOSE_MEETING);
        assertThat(taskAt(mentorship, MeetingProcess.TASK_PROPOSE_MEETING)).isAssignedTo(MENTEE);
    }

    @Test
    void proposedMeetingsAreCalledSideBySideEachWithItsOwnMeeting() {
        ProcessInstance mentorship = running();

        meetingProposed(7L, Instant.parse("2026-03-10T17:00:00Z"));
        meetingProposed(8L, Instant.parse("2026-04-14T16:00:00Z"));

        List<ProcessInstance> meetings = ProcessTree.called(mentorship, MeetingProcess.KEY);
        assertThat(meetings).hasSize(2).allSatisfy(meeting -> assertThat(meeting).hasBusinessKey(BUSINESS_KEY).isWaitingAt(CALLED_STEP));
        assertThat(meetings).extracting(meeting -> (Map<String, Object>) new HashMap<>(runtimeService().getVariables(meeting.getId())))
                .containsExactlyInAnyOrder(meetingVariables(7L, Instant.parse("2026-03-10T17:00:00Z")),
                        meetingVariables(8L, Instant.parse("2026-04-14T16:00:00Z")));
        assertThat(runtimeService().getVariables(mentorship.getId())).as("each meeting's id stays in its event subprocess")
                .doesNotContainKeys(MeetingProcess.MEETING_ID.name(), MeetingProcess.MEETING_ENDS_AT.name());

        complete(task(meetings.get(0)));

        assertThat(mentorship).hasPassed(SUBPROCESS_MEETING, CALL_HOLD_MEETING, END_MEETING_ENDED)
                .isWaitingAt(CALL_HOLD_MEETING, TASK_FINISH_MENTORSHIP, MeetingProcess.TASK_PROPOSE_MEETING);
        assertThat(ProcessTree.called(mentorship, MeetingProcess.KEY)).hasSize(1);
    }

    @Test
    void proposedAgreementChangeIsCalledWithWhoProposesAndWhoDecides() {
        ProcessInstance mentorship = running();

        changeProposed(MENTEE, MENTOR);

        ProcessInstance change = calledProcessInstance(AmendmentProcess.KEY, mentorship);
        assertThat(change).hasBusinessKey(BUSINESS_KEY).isWaitingAt(CALLED_STEP);
        assertThat(runtimeService().getVariables(change.getId())).containsOnly(entry(MENTORSHIP_ID.name(), MENTORSHIP),
                entry(MENTEE_ID.name(), MENTEE), entry(MENTOR_ID.name(), MENTOR), entry(AmendmentProcess.PROPOSED_BY.name(), MENTEE),
                entry(AmendmentProcess.DECIDER.name(), MENTOR));

        complete(task(change));

        assertThat(mentorship).hasPassed(SUBPROCESS_AGREEMENT_CHANGE, CALL_DECIDE_ON_CHANGE, END_CHANGE_DECIDED)
                .isWaitingAt(TASK_FINISH_MENTORSHIP);
    }

    // under way: the inactivity watch

    @Test
    void activityRestartsTheInactivityClock() {
        ProcessInstance mentorship = running();
        clockAt(REQUESTED_AT.plus(Duration.ofDays(20)));

        activityReported();

        assertThat(mentorship).hasPassed(EVENT_ACTIVITY).isWaitingAt(EVENT_GATEWAY_FIRST_PERIOD);
        assertThat(job(TIMER_FIRST_SILENCE, mentorship).getDuedate())
                .isEqualTo(Date.from(REQUESTED_AT.plus(Duration.ofDays(20)).plus(SILENT_PERIOD)));
    }

    @Test
    void silentPeriodNudgesBothAndAsksForFeedback() {
        ProcessInstance mentorship = running();

        fire(job(TIMER_FIRST_SILENCE, mentorship));
        execute(job(TASK_MAIL_NUDGE, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_NUDGE, "inactivity-nudge", "mentee,mentor"));
        assertThat(inputOf("sendMail", TASK_MAIL_NUDGE)).containsEntry("feedback", "INACTIVITY");
        assertThat(mentorship).isWaitingAt(EVENT_GATEWAY_SECOND_PERIOD);
        assertThat(job(TIMER_SECOND_SILENCE, mentorship)).isNotNull();
        assertThat(job(TIMER_FIRST_SILENCE, mentorship)).isNull();
    }

    @Test
    void activityAfterTheNudgeRestartsTheWatch() {
        ProcessInstance mentorship = nudged();

        activityReported();

        assertThat(mentorship).hasPassed(EVENT_LATE_ACTIVITY).isWaitingAt(EVENT_GATEWAY_FIRST_PERIOD);
        assertThat(job(TIMER_SECOND_SILENCE, mentorship)).isNull();
        assertThat(job(TIMER_FIRST_SILENCE, mentorship)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"contact", "extend"})
    void secondSilentPeriodAsksACoordinatorWhoKeepsItRunning(String decision) {
        ProcessInstance mentorship = nudged();

        fire(job(TIMER_SECOND_SILENCE, mentorship));

        assertThat(taskAt(mentorship, TASK_CHECK_INACTIVE)).hasCandidateGroup("coordinators");
        assertThat(stepsOf("showMentorshipToCoordinator")).containsExactly(TASK_CHECK_INACTIVE);
        complete(taskAt(mentorship, TASK_CHECK_INACTIVE), withVariables(INACTIVE_DECISION.name(), decision, COORDINATOR_NOTE.name(), "Called both."));

        assertThat(stepsOf("checkAnswers")).endsWith(TASK_CHECK_INACTIVE);
        assertThat(stepsOf("recordCoordinatorDecision")).containsExactly(TASK_CHECK_INACTIVE);
        assertThat(mentorship).hasPassed(GATEWAY_KEEP_RUNNING).hasNotPassed(END_MENTORSHIP_CLOSED).isWaitingAt(EVENT_GATEWAY_FIRST_PERIOD);
        assertThat(job(TIMER_FIRST_SILENCE, mentorship)).as("watching starts over").isNotNull();
    }

    @Test
    void coordinatorClosesAnInactiveMentorshipEndingEverythingUnderWayAndTellsBoth() {
        ProcessInstance mentorship = nudged();
        meetingProposed(7L, Instant.parse("2026-05-10T17:00:00Z"));
        changeProposed(MENTOR, MENTEE);
        fire(job(TIMER_SECOND_SILENCE, mentorship));

        complete(taskAt(mentorship, TASK_CHECK_INACTIVE),
                withVariables(INACTIVE_DECISION.name(), "close", COORDINATOR_NOTE.name(), "No answer to our calls since May."));

        assertThat(mentorship).hasPassed(END_MENTORSHIP_CLOSED, EVENT_MENTORSHIP_CLOSED).isWaitingAt(TASK_MAIL_MENTORSHIP_ENDED);
        assertThat(ProcessTree.called(mentorship, MeetingProcess.KEY)).as("open meeting").isEmpty();
        assertThat(ProcessTree.called(mentorship, AmendmentProcess.KEY)).as("open agreement change").isEmpty();
        assertThat(stepsOf("recordCancellation")).containsExactly(EVENT_MENTORSHIP_CLOSED);
        execute(job(TASK_MAIL_MENTORSHIP_ENDED, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_MENTORSHIP_ENDED, "mentorship-ended", "mentee,mentor"));
        assertThat(mentorship).hasPassed(END_MENTORSHIP_CANCELLED).hasNotPassed(TASK_AWARD_COMPLETION_CREDITS).isEnded();
        ProcessTree.assertNothingLeft(mentorship);
    }

    // under way: the planned end date

    @Test
    void plannedEndDateAsksBothToFinishOrExtendAndAChangeStartsTheWatchAgain() {
        ProcessInstance mentorship = running();

        fire(job(TIMER_END_DATE, mentorship));
        execute(job(TASK_MAIL_END_DATE, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_END_DATE, "end-date-reached", "mentee,mentor"));
        assertThat(mentorship).isWaitingAt(EVENT_CHANGED_AFTER_END, TASK_FINISH_MENTORSHIP);
        when(mentorshipDates.plannedEnd(MENTORSHIP)).thenReturn(Date.from(EXTENDED_END));

        agreementChanged();

        assertThat(mentorship).hasPassed(EVENT_CHANGED_AFTER_END).isWaitingAt(EVENT_GATEWAY_END_OR_CHANGE);
        assertThat(job(TIMER_END_DATE, mentorship).getDuedate()).isEqualTo(Date.from(EXTENDED_END));
    }

    @Test
    void agreementChangedBeforeTheEndReadsThePlannedEndAgain() {
        ProcessInstance mentorship = running();
        when(mentorshipDates.plannedEnd(MENTORSHIP)).thenReturn(Date.from(EXTENDED_END));

        agreementChanged();

        assertThat(mentorship).hasPassed(EVENT_CHANGED).hasNotPassed(TASK_MAIL_END_DATE).isWaitingAt(EVENT_GATEWAY_END_OR_CHANGE);
        assertThat(job(TIMER_END_DATE, mentorship).getDuedate()).isEqualTo(Date.from(EXTENDED_END));
        verify(mentorshipDates, times(2)).plannedEnd(MENTORSHIP);
    }

    // early ends under way, and completion

    @Test
    void mentorCancelsARunningMentorshipEndingItsMeetingAndAgreementChange() {
        ProcessInstance mentorship = running();
        meetingProposed(7L, Instant.parse("2026-03-10T17:00:00Z"));
        changeProposed(MENTEE, MENTOR);

        cancelledBy(MENTOR);

        assertThat(ProcessTree.called(mentorship, MeetingProcess.KEY)).as("open meeting").isEmpty();
        assertThat(ProcessTree.called(mentorship, AmendmentProcess.KEY)).as("open agreement change").isEmpty();
        assertThat(stepsOf("recordCancellation")).containsExactly(EVENT_MENTORSHIP_CANCELLED);
        execute(job(TASK_MAIL_MENTORSHIP_ENDED, mentorship));
        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_MENTORSHIP_ENDED, "mentorship-ended", "mentee"));
        assertThat(mentorship).hasPassed(END_MENTORSHIP_CANCELLED).isEnded();
        ProcessTree.assertNothingLeft(mentorship);
    }

    @Test
    void mentorSaysNotYetAndTheMenteeFinishesAgain() {
        ProcessInstance mentorship = finishedByTheMentee();

        complete(taskAt(mentorship, TASK_CONFIRM_COMPLETION),
                withVariables(COMPLETION_CONFIRMED.name(), "no", COMPLETION_COMMENT.name(), "We still owe the interview training."));

        assertThat(mentorship).hasPassed(GATEWAY_COMPLETION_CONFIRMED).isWaitingAt(TASK_MAIL_COMPLETION_NOT_YET);
        execute(job(TASK_MAIL_COMPLETION_NOT_YET, mentorship));
        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_COMPLETION_NOT_YET, "completion-not-yet", "mentee"));
        assertThat(taskAt(mentorship, TASK_FINISH_MENTORSHIP)).isAssignedTo(MENTEE);
        assertThat(stepsOf("clearPreviousAnswers")).containsExactly(TASK_FINISH_MENTORSHIP, TASK_CONFIRM_COMPLETION, TASK_FINISH_MENTORSHIP);
        assertThat(stepsOf("completeMentorship")).isEmpty();
    }

    @Test
    void confirmedCompletionEndsEverythingUnderWayAwardsCreditsAndMailsTheCertificates() {
        ProcessInstance mentorship = finishedByTheMentee();
        meetingProposed(7L, Instant.parse("2026-08-20T17:00:00Z"));
        changeProposed(MENTOR, MENTEE);

        complete(taskAt(mentorship, TASK_CONFIRM_COMPLETION), withVariables(COMPLETION_CONFIRMED.name(), "yes"));

        assertThat(stepsOf("completeMentorship")).hasSize(1);
        assertThat(mentorship).hasPassed(END_COMPLETION_AGREED, SUBPROCESS_UNDER_WAY, TASK_AWARD_COMPLETION_CREDITS)
                .isWaitingAt(TASK_ISSUE_CERTIFICATES);
        assertThat(ProcessTree.called(mentorship, MeetingProcess.KEY)).as("meeting still being planned").isEmpty();
        assertThat(ProcessTree.called(mentorship, AmendmentProcess.KEY)).as("open agreement change").isEmpty();
        assertThat(job(TIMER_FIRST_SILENCE, mentorship)).isNull();
        assertThat(job(TIMER_END_DATE, mentorship)).isNull();
        assertThat(inputOf("awardCredits", TASK_AWARD_COMPLETION_CREDITS)).containsEntry("event", "MENTORSHIP_COMPLETED")
                .containsEntry("to", "mentee,mentor");

        execute(job(TASK_ISSUE_CERTIFICATES, mentorship));
        assertThat(stepsOf("issueCertificates")).containsExactly(TASK_ISSUE_CERTIFICATES);
        execute(job(TASK_MAIL_COMPLETED, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_COMPLETED, "mentorship-completed", "mentee,mentor"));
        assertThat(inputOf("sendMail", TASK_MAIL_COMPLETED)).containsEntry("attach", "certificate");
        assertThat(mentorship).hasPassed(END_MENTORSHIP_COMPLETED).hasNotPassed(TASK_MAIL_MENTORSHIP_ENDED).isEnded();
        ProcessTree.assertNothingLeft(mentorship);
    }

    @Test
    void completedByTheCoordinatorTakesTheCompletionPathEndingEverythingUnderWay() {
        ProcessInstance mentorship = running();
        meetingProposed(7L, Instant.parse("2026-08-20T17:00:00Z"));

        completedByTheCoordinator();

        assertThat(stepsOf("completeMentorship")).containsExactly(EVENT_COMPLETED_BY_COORDINATOR);
        assertThat(mentorship).hasPassed(EVENT_COMPLETED_BY_COORDINATOR, GATEWAY_COMPLETED, TASK_AWARD_COMPLETION_CREDITS)
                .hasNotPassed(END_COMPLETION_AGREED).isWaitingAt(TASK_ISSUE_CERTIFICATES);
        assertThat(ProcessTree.called(mentorship, MeetingProcess.KEY)).as("meeting still being planned").isEmpty();
        execute(job(TASK_ISSUE_CERTIFICATES, mentorship));
        execute(job(TASK_MAIL_COMPLETED, mentorship));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_COMPLETED, "mentorship-completed", "mentee,mentor"));
        assertThat(mentorship).hasPassed(END_MENTORSHIP_COMPLETED).isEnded();
        ProcessTree.assertNothingLeft(mentorship);
    }

    // the way there

    /** As MentorshipRequests.request starts it, with the programme's durations. */
    private static ProcessInstance requested() {
        return runtimeService().createProcessInstanceByKey(KEY).businessKey(BUSINESS_KEY)
                .setVariables(withVariables(MENTORSHIP_ID.name(), MENTORSHIP, MENTEE_ID.name(), MENTEE, MENTOR_ID.name(), MENTOR,
                        REQUEST_REMINDER_CYCLE.name(), "R2/P3D", REQUEST_EXPIRES_AFTER.name(), "P14D", AGREEMENT_REMINDER_CYCLE.name(), "R1/P7D",
                        INACTIVITY_AFTER.name(), "P30D", DECLINE_MESSAGE.name(), "Sorry, my places are taken."))
                .execute();
    }

    private static ProcessInstance waitingForTheMentor() {
        ProcessInstance mentorship = requested();
        execute(job(TASK_MAIL_REQUEST_TO_MENTOR, mentorship));
        return mentorship;
    }

    /** Accepted, contact details sent: the called agreement waits. */
    private static ProcessInstance agreeing() {
        ProcessInstance mentorship = waitingForTheMentor();
        complete(taskAt(mentorship, TASK_REVIEW_REQUEST), withVariables(DECISION.name(), DECISION_ACCEPT));
        execute(job(TASK_MAIL_CONTACT_DETAILS, mentorship));
        return mentorship;
    }

    /** The agreement agreed: meetings, finish and the watches run. */
    /** Agreed, and a first meeting confirmed by both: finishing is offered. */
    private static ProcessInstance running() {
        ProcessInstance mentorship = agreeing();
        complete(task(calledProcessInstance(AGREEMENT_KEY, mentorship)));
        firstMeetingHeld(mentorship);
        return mentorship;
    }

    /** What a held meeting reports (the meeting model's "Restart inactivity clock" sends it). */
    private static void firstMeetingHeld(ProcessInstance mentorship) {
        runtimeService().createMessageCorrelation(MESSAGE_MEETING_HELD).processInstanceId(mentorship.getId()).correlate();
    }

    private static ProcessInstance nudged() {
        ProcessInstance mentorship = running();
        fire(job(TIMER_FIRST_SILENCE, mentorship));
        execute(job(TASK_MAIL_NUDGE, mentorship));
        return mentorship;
    }

    /** The mentee says the final meeting took place; the mentor is asked to confirm. */
    private ProcessInstance finishedByTheMentee() {
        ProcessInstance mentorship = running();
        complete(taskAt(mentorship, TASK_FINISH_MENTORSHIP), withVariables(FINAL_MEETING_HELD.name(), true));
        assertThat(stepsOf("checkAnswers")).endsWith(TASK_FINISH_MENTORSHIP);
        execute(job(TASK_MAIL_CONFIRM_COMPLETION, mentorship));
        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_CONFIRM_COMPLETION, "completion-to-confirm", "mentor"));
        assertThat(taskAt(mentorship, TASK_CONFIRM_COMPLETION)).isAssignedTo(MENTOR);
        return mentorship;
    }

    // messages, as the Java side correlates them

    /** MentorshipRequests.withdraw. */
    private static void withdrawn() {
        runtimeService().createMessageCorrelation(MESSAGE_REQUEST_WITHDRAWN).processInstanceBusinessKey(BUSINESS_KEY).correlateWithResult();
    }

    /** cohort.CloseOpenRequestsDelegate: the cohort's request window closed. */
    private static void requestWindowClosed() {
        runtimeService().createMessageCorrelation(MESSAGE_REQUEST_WINDOW_CLOSED).processInstanceBusinessKey(BUSINESS_KEY).correlateAll();
    }

    /** cohort.ProgrammeClosing: the coordinator completes it at the programme's end. */
    private static void completedByTheCoordinator() {
        runtimeService().createMessageCorrelation(MESSAGE_COMPLETED_BY_COORDINATOR).processInstanceBusinessKey(BUSINESS_KEY).correlateAll();
    }

    /** MentorshipLifecycle.cancel: who and why, on the mentorship. */
    private static void cancelledBy(String person) {
        runtimeService().createMessageCorrelation(MESSAGE_MENTORSHIP_CANCELLED).processInstanceBusinessKey(BUSINESS_KEY)
                .setVariables(withVariables(CANCELLED_BY.name(), person, CANCEL_REASON.name(), "Moving abroad.")).correlateWithResult();
    }

    /** Meetings.propose: the meeting's id and end, in the event subprocess it starts. */
    private static void meetingProposed(long meetingId, Instant endsAt) {
        runtimeService().createMessageCorrelation(MESSAGE_MEETING_PROPOSED).processInstanceBusinessKey(BUSINESS_KEY)
                .setVariablesToTriggeredScope(withVariables(MeetingProcess.MEETING_ID.name(), meetingId, MeetingProcess.MEETING_ENDS_AT.name(),
                        Date.from(endsAt)))
                .correlateWithResult();
    }

    /** Agreements.proposeChange: who proposes and who decides, in the event subprocess it starts. */
    private static void changeProposed(String proposer, String decider) {
        runtimeService().createMessageCorrelation(MESSAGE_AGREEMENT_CHANGE_PROPOSED).processInstanceBusinessKey(BUSINESS_KEY)
                .setVariablesToTriggeredScope(withVariables(AmendmentProcess.PROPOSED_BY.name(), proposer, AmendmentProcess.DECIDER.name(), decider))
                .correlateWithResult();
    }

    /** ReportActivityDelegate (a meeting both confirmed, an approved change). */
    private static void activityReported() {
        runtimeService().createMessageCorrelation(MESSAGE_MENTORSHIP_ACTIVITY).processInstanceBusinessKey(BUSINESS_KEY).correlateAllWithResult();
    }

    /** ReportActivityDelegate for an approved change: the end date may have moved. */
    private static void agreementChanged() {
        runtimeService().createMessageCorrelation(MESSAGE_AGREEMENT_CHANGED).processInstanceBusinessKey(BUSINESS_KEY).correlateAllWithResult();
    }

    private static Map<String, Object> meetingVariables(long meetingId, Instant endsAt) {
        return Map.of(MENTORSHIP_ID.name(), MENTORSHIP, MENTEE_ID.name(), MENTEE, MENTOR_ID.name(), MENTOR, MeetingProcess.MEETING_ID.name(), meetingId,
                MeetingProcess.MEETING_ENDS_AT.name(), Date.from(endsAt));
    }
}
