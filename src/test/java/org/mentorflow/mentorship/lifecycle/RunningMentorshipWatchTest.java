package org.mentorflow.mentorship.lifecycle;

import org.mentorflow.mentorship.meeting.MeetingProcess;
import org.mentorflow.mentorship.MentorshipProcess;
import static org.mentorflow.mentorship.MentorshipJourney.START;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.Mentorships;
import org.springframework.beans.factory.annotation.Autowired;
import org.mentorflow.people.Person;
import org.mentorflow.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.notifications.ReceivedMail;

/** What watches a running mentorship: inactivity (nudge, then a coordinator) and the planned end date. */
class RunningMentorshipWatchTest extends IntegrationTest {

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


    @Test
    void thirtySilentDaysNudgeBothAndAskForFeedback() {
        Job silence = silenceTimer(MentorshipProcess.TIMER_FIRST_SILENCE);
        assertThat(silence.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(30))));

        passTime(silence);
        execute(job(MentorshipProcess.TASK_MAIL_NUDGE, mentorship));

        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "How is your mentorship with " + mentor.getDisplayName() + " going?",
                "How is your mentorship with " + mentee.getDisplayName() + " going?");
        assertThat(silenceTimer(MentorshipProcess.TIMER_SECOND_SILENCE)).isNotNull();
    }

    @Test
    void aSecondSilentPeriodAsksACoordinatorWhoMayKeepItRunning() {
        passTime(silenceTimer(MentorshipProcess.TIMER_FIRST_SILENCE));
        execute(job(MentorshipProcess.TASK_MAIL_NUDGE, mentorship));
        passTime(silenceTimer(MentorshipProcess.TIMER_SECOND_SILENCE));

        Task check = taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_CHECK_INACTIVE).singleResult();
        assertThat(taskQuery().taskId(check.getId()).taskCandidateGroup("coordinators").count()).isOne();
        assertThat(taskService().getVariablesLocal(check.getId())).containsEntry("meetingsHeld", 0L)
                .containsEntry("menteeContact", mentee.getFullName() + ", " + mentee.getEmail());

        complete(check, withVariables(INACTIVE_DECISION.name(), "contact", COORDINATOR_NOTE.name(), "Called both; they meet next week."));

        assertThat(mentorships.get(id()).getState()).isEqualTo(MentorshipState.ACTIVE);
        assertThat(silenceTimer(MentorshipProcess.TIMER_FIRST_SILENCE)).as("watching starts over").isNotNull();
    }

    @Test
    void coordinatorClosesAnInactiveMentorshipWithAReason() {
        passTime(silenceTimer(MentorshipProcess.TIMER_FIRST_SILENCE));
        execute(job(MentorshipProcess.TASK_MAIL_NUDGE, mentorship));
        passTime(silenceTimer(MentorshipProcess.TIMER_SECOND_SILENCE));
        Task check = taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_CHECK_INACTIVE).singleResult();
        assertThatThrownBy(() -> taskService().complete(check.getId(), withVariables(INACTIVE_DECISION.name(), "close")))
                .hasMessageContaining("Please give the reason for closing");
        String coordinator = people.coordinator().getId();
        taskService().claim(check.getId(), coordinator);
        clearMailbox();

        complete(check, withVariables(INACTIVE_DECISION.name(), "close", COORDINATOR_NOTE.name(), "No answer to our calls since May."));
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_ENDED, mentorship));

        assertThat(mentorship).isEnded().hasPassed(MentorshipProcess.END_MENTORSHIP_CANCELLED);
        Mentorship closed = mentorships.get(id());
        assertThat(closed.getState()).isEqualTo(MentorshipState.CANCELLED);
        assertThat(closed.getCancelledBy()).isEqualTo(coordinator);
        assertThat(closed.getCancelReason()).isEqualTo("No answer to our calls since May.");
        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).hasSize(2)
                .allSatisfy(mail -> assertThat(mail.text()).contains("No answer to our calls since May."));
    }

    @Test
    void aMeetingBothConfirmRestartsTheInactivityClock() {
        ProcessInstance meeting = MentorshipJourney.heldMeeting(mentorship, START.plus(Duration.ofDays(20)));

        assertThat(meeting).isEnded().hasPassed(MeetingProcess.TASK_REPORT_ACTIVITY);
        Job restarted = silenceTimer(MentorshipProcess.TIMER_FIRST_SILENCE);
        assertThat(restarted.getDuedate()).isAfter(Date.from(START.plus(Duration.ofDays(50))));
    }

    @Test
    void aMeetingAfterTheNudgeAlsoRestartsTheClock() {
        passTime(silenceTimer(MentorshipProcess.TIMER_FIRST_SILENCE));
        execute(job(MentorshipProcess.TASK_MAIL_NUDGE, mentorship));

        MentorshipJourney.heldMeeting(mentorship, START.plus(Duration.ofDays(35)));

        assertThat(mentorship).hasPassed(MentorshipProcess.EVENT_LATE_ACTIVITY);
        assertThat(silenceTimer(MentorshipProcess.TIMER_SECOND_SILENCE)).isNull();
        assertThat(silenceTimer(MentorshipProcess.TIMER_FIRST_SILENCE)).isNotNull();
    }

    @Test
    void plannedEndDateAsksBothToFinishOrExtend() {
        LocalDate plannedEnd = mentorships.get(id()).getPlannedEndOn();
        Job endDate = job(MentorshipProcess.TIMER_END_DATE, mentorship);
        assertThat(endDate.getDuedate()).isEqualTo(Date.from(plannedEnd.atTime(9, 0).atZone(ZoneId.of("Europe/Vienna")).toInstant()));

        ClockUtil.setCurrentTime(Date.from(endDate.getDuedate().toInstant().plusSeconds(60)));
        execute(endDate);
        execute(job(MentorshipProcess.TASK_MAIL_END_DATE, mentorship));

        List<ReceivedMail> mails = ReceivedMail.all(SMTP.getReceivedMessages());
        assertThat(mails).extracting(ReceivedMail::to).containsExactlyInAnyOrder(mentee.getEmail(), mentor.getEmail());
        assertThat(mails.get(0).subject()).endsWith("has reached its planned end");
        assertThat(mentorship).as("finishing still waits for a first confirmed meeting")
                .isWaitingAt(MentorshipProcess.EVENT_CHANGED_AFTER_END, MentorshipProcess.EVENT_FIRST_MEETING_HELD);
    }

    private Job silenceTimer(String activityId) {
        return managementService().createJobQuery().processInstanceId(mentorship.getId()).activityId(activityId).singleResult();
    }

    private static void passTime(Job timer) {
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        execute(timer);
    }

    private long id() {
        return Long.parseLong(mentorship.getBusinessKey());
    }
}
