package org.mentorflow.mentorship.meeting;

import static org.mentorflow.mentorship.MentorshipJourney.START;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.Person;
import org.mentorflow.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.meeting.MeetingProcess.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.credits.CreditSummary;
import org.mentorflow.credits.CreditsLedger;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.lifecycle.MentorshipLifecycle;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.system.StepRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Every path of processes/meeting.bpmn, started from a running mentorship as the mentee would in Tasklist. */
class MeetingProcessTest extends IntegrationTest {

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

    /** Tuesday 10 March 2026, 17:00 in Vienna. */
    private static final String NEXT_TUESDAY = "2026-03-10T17:00+01:00";

    @Autowired
    Meetings meetings;
    @Autowired
    MentorshipLifecycle lifecycle;
    @Autowired
    CreditsLedger credits;
    @Autowired
    MessageSource messages;


    @Test
    void meetingBothConfirmCountsAndAsksForFeedback() {
        ProcessInstance meeting = propose(NEXT_TUESDAY);
        assertThat(meeting).isWaitingAt(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL);
        assertThat(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_PROPOSE_MEETING).count())
                .as("the mentee can propose the next meeting right away").isOne();
        execute(job(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL, meeting));
        ReceivedMail proposal = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(proposal.to()).isEqualTo(mentor.getEmail());
        assertThat(proposal.text()).contains("Tuesday, March 10, 2026", "5:00", "Café Central, Vienna");

        Task approval = taskOf(meeting);
        assertThat(approval.getAssignee()).isEqualTo(mentor.getId());
        assertThat(taskService().getVariablesLocal(approval.getId())).containsEntry("meetingWhere", "Café Central, Vienna")
                .containsEntry("meetingWith", mentee.getDisplayName());
        clearMailbox();
        complete(approval, withVariables(TIME_DECISION.name(), "approve"));
        execute(job(MeetingProcess.TASK_MAIL_INVITATIONS, meeting));

        List<ReceivedMail> invitations = ReceivedMail.all(SMTP.getReceivedMessages());
        assertThat(invitations).extracting(ReceivedMail::to).containsExactlyInAnyOrder(mentee.getEmail(), mentor.getEmail());
        String ics = new String(invitations.get(0).attachments().get("meeting.ics"), StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VEVENT", "DTSTART:20260310T160000Z", "DTEND:20260310T170000Z",
                "LOCATION:Café Central\\, Vienna");
        assertThat(meetings.get(meetingId(meeting)).getStatus()).isEqualTo(Meeting.Status.SCHEDULED);

        Job meetingOver = job(MeetingProcess.TIMER_MEETING_OVER, meeting);
        assertThat(meetingOver.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-10T17:00:00Z")));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-10T17:05:00Z")));
        execute(meetingOver);
        clearMailbox();

        answer(meeting, TASK_CONFIRM_MENTEE, MENTEE_SAYS_HELD.name(), "yes");
        answer(meeting, TASK_CONFIRM_MENTOR, MENTOR_SAYS_HELD.name(), "yes");
        execute(job(MeetingProcess.TASK_MAIL_FEEDBACK_REQUEST, meeting));

        assertThat(meeting).isEnded().hasPassed(MeetingProcess.END_MEETING_HELD);
        assertThat(meetings.get(meetingId(meeting)).getStatus()).isEqualTo(Meeting.Status.HELD);
        assertThat(meetings.heldCount(Long.parseLong(mentorship.getBusinessKey()))).isOne();
        assertThat(credits.summary(mentee.getId()).achievements()).extracting(CreditSummary.Achievement::event)
                .contains("MEETING_CONFIRMED");
        assertThat(credits.summary(mentor.getId()).achievements()).extracting(CreditSummary.Achievement::event)
                .contains("MEETING_CONFIRMED");
        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "How was your meeting with " + mentor.getDisplayName() + "?",
                "How was your meeting with " + mentee.getDisplayName() + "?");
    }

    @Test
    void meetingNeitherConfirmsIsRecordedAsNotHeld() {
        ProcessInstance meeting = scheduledAndOver();

        answer(meeting, TASK_CONFIRM_MENTEE, MENTEE_SAYS_HELD.name(), "no");
        answer(meeting, TASK_CONFIRM_MENTOR, MENTOR_SAYS_HELD.name(), "no");

        assertThat(meeting).isEnded().hasPassed(MeetingProcess.END_MEETING_NOT_HELD).hasNotPassed(MeetingProcess.TASK_MAIL_FEEDBACK_REQUEST);
        Meeting notHeld = meetings.get(meetingId(meeting));
        assertThat(notHeld.getStatus()).isEqualTo(Meeting.Status.NOT_HELD);
        assertThat(notHeld.isDisputed()).isFalse();
    }

    @Test
    void disputedMeetingCountsAsNotHeld() {
        ProcessInstance meeting = scheduledAndOver();

        answer(meeting, TASK_CONFIRM_MENTEE, MENTEE_SAYS_HELD.name(), "yes");
        taskService().complete(taskOf(meeting, TASK_CONFIRM_MENTOR).getId(),
                withVariables(MENTOR_SAYS_HELD.name(), "no", MENTOR_NOTE.name(), "I waited 30 minutes."));
        execute(job(MeetingProcess.GATEWAY_BOTH_ANSWERED, meeting));

        assertThat(meeting).isEnded().hasPassed(MeetingProcess.END_MEETING_NOT_HELD);
        Meeting disputed = meetings.get(meetingId(meeting));
        assertThat(disputed.getStatus()).isEqualTo(Meeting.Status.NOT_HELD);
        assertThat(disputed.isDisputed()).isTrue();
        assertThat(disputed.getMentorNote()).isEqualTo("I waited 30 minutes.");
        assertThat(meetings.heldCount(Long.parseLong(mentorship.getBusinessKey()))).isZero();
        assertThat(credits.summary(mentee.getId()).achievements()).extracting(CreditSummary.Achievement::event)
                .as("a disputed meeting earns nothing").doesNotContain("MEETING_CONFIRMED");
    }

    @Test
    void mentorOffersAnotherTimeAndTheMenteeAcceptsIt() {
        ProcessInstance meeting = propose(NEXT_TUESDAY);
        execute(job(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL, meeting));
        clearMailbox();

        complete(taskOf(meeting), withVariables(TIME_DECISION.name(), "other", OTHER_START.name(), "2026-03-11T18:30+01:00"));
        execute(job(MeetingProcess.TASK_MAIL_OTHER_TIME, meeting));

        ReceivedMail other = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(other.to()).isEqualTo(mentee.getEmail());
        assertThat(other.text()).contains("Wednesday, March 11, 2026", "6:30");
        assertThat(meetings.get(meetingId(meeting)).getProposedBy()).isEqualTo(mentor.getId());
        complete(taskOf(meeting), withVariables(TIME_DECISION.name(), "accept"));

        assertThat(meeting).hasPassed(MeetingProcess.TASK_SCHEDULE_MEETING).isWaitingAt(MeetingProcess.TASK_MAIL_INVITATIONS);
        execute(job(MeetingProcess.TASK_MAIL_INVITATIONS, meeting));
        assertThat(job(MeetingProcess.TIMER_MEETING_OVER, meeting).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-11T18:30:00Z")));
    }

    @Test
    void menteeOffersYetAnotherTimeAndTheMentorDecidesAgain() {
        ProcessInstance meeting = propose(NEXT_TUESDAY);
        execute(job(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL, meeting));
        complete(taskOf(meeting), withVariables(TIME_DECISION.name(), "other", OTHER_START.name(), "2026-03-11T18:30+01:00"));
        execute(job(MeetingProcess.TASK_MAIL_OTHER_TIME, meeting));

        complete(taskOf(meeting), withVariables(TIME_DECISION.name(), "other", OTHER_START.name(), "2026-03-12T08:00+01:00"));
        execute(job(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL, meeting));
        Task again = taskOf(meeting);
        assertThat(again.getTaskDefinitionKey()).isEqualTo(TASK_APPROVE_MEETING);
        assertThat(runtimeService().getVariables(meeting.getId())).as("last round's answer is not preselected")
                .doesNotContainKey(TIME_DECISION.name());
        complete(again, withVariables(TIME_DECISION.name(), "approve"));

        assertThat(meetings.get(meetingId(meeting)).getStartsAt()).isEqualTo(Instant.parse("2026-03-12T07:00:00Z"));
        assertThat(meeting).isWaitingAt(MeetingProcess.TASK_MAIL_INVITATIONS);
    }

    @Test
    void meetingsLieInTheFutureAndSayWhere() {
        Task propose = taskOf(mentorship, TASK_PROPOSE_MEETING);

        assertThatThrownBy(() -> taskService().complete(propose.getId(), plan("2026-03-01T10:00+01:00", " ")))
                .hasMessageContaining("must lie in the future").hasMessageContaining("Say where you meet");
        ProcessInstance meeting = propose(NEXT_TUESDAY);
        execute(job(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL, meeting));
        assertThatThrownBy(() -> taskService().complete(taskOf(meeting).getId(),
                withVariables(TIME_DECISION.name(), "other", OTHER_START.name(), "2026-02-01T10:00+01:00")))
                .hasMessageContaining("another time in the future");
    }

    /** Outside the form's own checks (REST, a typo in the year): refused with a sentence, never stored or a 500. */
    @Test
    void meetingsLieWithinTwoYearsAndTheirTextsFitTheirColumns() {
        Task propose = taskOf(mentorship, TASK_PROPOSE_MEETING);

        for (String far : new String[] {"+99999-03-10T17:00+01:00", "2226-03-10T17:00+01:00", "2028-03-11T17:00+01:00"}) {
            assertThatThrownBy(() -> taskService().complete(propose.getId(), plan(far, "Online")))
                    .as(far).isInstanceOf(StepRefusedException.class).hasMessageContaining("at most 2 years ahead");
        }
        assertThatThrownBy(() -> taskService().complete(propose.getId(), plan(NEXT_TUESDAY, "x".repeat(600))))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("600 characters; at most 500 fit");
        Map<String, Object> longTopic = plan(NEXT_TUESDAY, "Online");
        longTopic.put(PROPOSED_TOPIC.name(), "t".repeat(2001));
        assertThatThrownBy(() -> taskService().complete(propose.getId(), longTopic))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("at most 2000 fit");
        assertThat(meetings.of(Long.parseLong(mentorship.getBusinessKey()))).as("nothing stored").isEmpty();

        ProcessInstance meeting = propose(NEXT_TUESDAY);
        execute(job(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL, meeting));
        assertThatThrownBy(() -> taskService().complete(taskOf(meeting).getId(),
                withVariables(TIME_DECISION.name(), "other", OTHER_START.name(), "+99999-01-01T10:00")))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("another time in the future");
    }

    /** The agreement sets the mentorship's end: its meetings lie before it, a later one needs the agreement changed. */
    @Test
    void meetingsLieWithinTheAgreementsPeriod() {
        java.time.LocalDate end = mentorships.get(Long.parseLong(mentorship.getBusinessKey())).getPlannedEndOn();
        String dayAfterEnd = end.plusDays(1) + "T10:00+01:00";
        Task propose = taskOf(mentorship, TASK_PROPOSE_MEETING);

        assertThatThrownBy(() -> taskService().complete(propose.getId(), plan(dayAfterEnd, "Online")))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("Your agreement runs until")
                .hasMessageContaining(String.valueOf(end.getYear()));
        ProcessInstance meeting = propose(end + "T10:00+01:00");
        execute(job(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL, meeting));
        assertThatThrownBy(() -> taskService().complete(taskOf(meeting).getId(),
                withVariables(TIME_DECISION.name(), "other", OTHER_START.name(), dayAfterEnd.substring(0, 16))))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("Your agreement runs until");
    }

    /** The approving task's form renders Markdown and HTML: where the mentee typed arrives as plain text. */
    @Test
    void thePlaceReachesTheMentorsFormAsPlainText() {
        ProcessInstance meeting = propose(NEXT_TUESDAY, "<img src=x onerror=alert(1)> **Room** [1](javascript:x)");
        execute(job(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL, meeting));

        assertThat(taskService().getVariablesLocal(taskOf(meeting).getId())).containsEntry(MEETING_WHERE.name(),
                "&lt;img src=x onerror=alert\\(1\\)&gt; \\*\\*Room\\*\\* \\[1\\]\\(javascript:x\\)");
    }

    @Test
    void anyNumberOfMeetingsRunSideBySide() {
        ProcessInstance first = propose(NEXT_TUESDAY);
        ProcessInstance second = propose("2026-04-14T17:00+02:00");

        assertThat(first.getId()).isNotEqualTo(second.getId());
        assertThat(meetings.of(Long.parseLong(mentorship.getBusinessKey()))).hasSize(2);
        assertThat(mentorship).isWaitingAt(TASK_PROPOSE_MEETING, MentorshipProcess.EVENT_FIRST_MEETING_HELD);
    }

    @Test
    void cancellingTheMentorshipEndsItsOpenMeetings() {
        ProcessInstance meeting = propose(NEXT_TUESDAY);

        lifecycle.cancel(Long.parseLong(mentorship.getBusinessKey()), mentee.getId(), "Moving abroad.");

        assertThat(meeting).isEnded();
        assertThat(meetings.get(meetingId(meeting)).getStatus()).isEqualTo(Meeting.Status.CANCELLED);
        assertThat(taskQuery().processInstanceBusinessKey(mentorship.getBusinessKey()).count()).isZero();
    }

    @Test
    void aMeetingWhoseTimerRanEarlyCannotBeConfirmedAsHeldBeforeItsTime() {
        ProcessInstance meeting = propose(NEXT_TUESDAY);
        execute(job(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL, meeting));
        complete(taskOf(meeting), withVariables(TIME_DECISION.name(), "approve"));
        execute(job(MeetingProcess.TASK_MAIL_INVITATIONS, meeting));
        // a coordinator runs the "meeting over" timer before the meeting: the confirmations come early
        execute(job(MeetingProcess.TIMER_MEETING_OVER, meeting));

        Task confirmation = taskOf(meeting, MeetingProcess.TASK_CONFIRM_MENTEE);
        assertThatThrownBy(() -> complete(confirmation, withVariables(MENTEE_SAYS_HELD.name(), "yes")))
                .hasMessageContaining("This meeting has not taken place yet: it is planned for Tuesday, March 10, 2026")
                .isInstanceOfSatisfying(StepRefusedException.class, refusal -> assertThat(refusal.in(messages, Locale.GERMAN))
                        .as("a German reader gets the time in German too")
                        .startsWith("Dieses Treffen hat noch nicht stattgefunden: Es ist geplant für Dienstag, 10. März 2026")
                        .doesNotContain("Tuesday"));
        assertThat(taskOf(meeting, MeetingProcess.TASK_CONFIRM_MENTEE)).as("the task stays open").isNotNull();

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-10T17:05:00Z")));
        answer(meeting, MeetingProcess.TASK_CONFIRM_MENTEE, MENTEE_SAYS_HELD.name(), "yes");
        assertThat(taskOf(meeting, MeetingProcess.TASK_CONFIRM_MENTEE)).as("once its time has come").isNull();
    }

    private ProcessInstance propose(String start) {
        return propose(start, "Café Central, Vienna");
    }

    private ProcessInstance propose(String start, String place) {
        complete(taskOf(mentorship, TASK_PROPOSE_MEETING), plan(start, place));
        List<ProcessInstance> all = runtimeService().createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY)
                .processInstanceBusinessKey(mentorship.getBusinessKey()).orderByProcessInstanceId().asc().list();
        return all.stream().filter(process -> !runtimeService().createExecutionQuery().processInstanceId(process.getId())
                .activityId(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL).list().isEmpty()).reduce((a, b) -> b).orElseThrow();
    }

    private ProcessInstance scheduledAndOver() {
        ProcessInstance meeting = propose(NEXT_TUESDAY);
        execute(job(MeetingProcess.TASK_MAIL_MEETING_PROPOSAL, meeting));
        complete(taskOf(meeting), withVariables(TIME_DECISION.name(), "approve"));
        execute(job(MeetingProcess.TASK_MAIL_INVITATIONS, meeting));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-10T17:05:00Z")));
        execute(job(MeetingProcess.TIMER_MEETING_OVER, meeting));
        return meeting;
    }

    /** One side's answer, and the arrival at "Both answered" that runs as a job. */
    private void answer(ProcessInstance meeting, String taskKey, String variable, String held) {
        complete(taskOf(meeting, taskKey), withVariables(variable, held));
        execute(job(MeetingProcess.GATEWAY_BOTH_ANSWERED, meeting));
    }

    private static Map<String, Object> plan(String start, String place) {
        return withVariables(PROPOSED_START.name(), start, PROPOSED_DURATION.name(), 60, PROPOSED_PLACE.name(), place,
                PROPOSED_TOPIC.name(), "CV review");
    }

    private static Task taskOf(ProcessInstance process) {
        return taskQuery().processInstanceId(process.getId()).singleResult();
    }

    private static Task taskOf(ProcessInstance process, String key) {
        return taskQuery().processInstanceId(process.getId()).taskDefinitionKey(key).singleResult();
    }

    /** Read from history: it stays readable after the meeting's process ended. */
    private static long meetingId(ProcessInstance meeting) {
        return (Long) historyService().createHistoricVariableInstanceQuery().processInstanceId(meeting.getId())
                .variableName(MEETING_ID.name()).singleResult().getValue();
    }

    private static ReceivedMail single(List<ReceivedMail> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private long id() {
        return Long.parseLong(mentorship.getBusinessKey());
    }
}
