package org.mentorflow.mentorship.agreement;

import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.Person;
import org.mentorflow.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.mentorflow.system.StepRefusedException;
import org.springframework.beans.factory.annotation.Autowired;

/** The agreement in processes/agreement.bpmn, called by the mentorship once the mentor accepts: written, sent back, approved. */
class AgreementProcessTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;

    /** A fresh mentee with a complete application and a mentor with one place. */
    Person mentee;
    Person mentor;

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** The programme's time zone (mentorflow.programme.time-zone). */
    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Autowired
    Agreements agreements;
    @BeforeEach
    void startTheClock() {
        mentee = people.mentee();
        mentor = people.mentor(1);
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @Test
    void approvedAgreementStartsTheMentorshipOfficially() {
        ProcessInstance mentorship = accepted();
        ProcessInstance agreement = calledProcessInstance("agreement", mentorship);
        assertThat(agreement).isWaitingAt(TASK_WRITE_AGREEMENT);
        assertThat(task(agreement)).isAssignedTo(mentee.getId());

        complete(task(agreement), terms(6, "Reach a product role."));
        execute(job(MentorshipProcess.TASK_MAIL_AGREEMENT_PROPOSAL, agreement));

        ReceivedMail toMentor = single(ReceivedMail.to(SMTP.getReceivedMessages(), mentor.getEmail()));
        assertThat(toMentor.subject()).isEqualTo(mentee.getDisplayName() + " has written your mentorship agreement");
        assertThat(toMentor.text()).contains("Agreed: 6 months, 6 meetings, once a month.").contains("Reach a product role.");
        assertThat(runtimeService().getVariables(agreement.getId())).as("the draft left the process")
                .doesNotContainKeys(AGREEMENT_GOALS.name(), AGREEMENT_DURATION_MONTHS.name());
        Task approval = task(agreement);
        assertThat(approval).isAssignedTo(mentor.getId()).hasDefinitionKey(TASK_APPROVE_AGREEMENT);
        assertThat(taskService().getVariablesLocal(approval.getId()))
                .containsEntry("proposalGoals", "Reach a product role.").containsEntry("proposalDurationMonths", 6);
        clearMailbox();

        complete(approval, withVariables(AGREEMENT_DECISION.name(), "approve"));

        Mentorship started = mentorships.get(id(mentorship));
        assertThat(started.getState()).isEqualTo(MentorshipState.ACTIVE);
        assertThat(started.getStartedOn()).isEqualTo(LocalDate.ofInstant(START, VIENNA)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(started.getPlannedEndOn()).isEqualTo(started.getStartedOn().plusMonths(6));
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_STARTED, agreement));
        assertThat(agreement).isEnded().hasPassed(MentorshipProcess.END_MENTORSHIP_STARTED);
        assertThat(mentorship).isWaitingAt(MentorshipProcess.EVENT_FIRST_MEETING_HELD);
        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Your mentorship with " + mentor.getDisplayName() + " has officially started",
                "Your mentorship with " + mentee.getDisplayName() + " has officially started");

        List<AgreementVersion> versions = agreements.history(id(mentorship));
        assertThat(versions).singleElement().satisfies(version -> {
            assertThat(version.getStatus()).isEqualTo(AgreementVersion.Status.APPROVED);
            assertThat(version.getProposedBy()).isEqualTo(mentee.getId());
            assertThat(version.getDecidedBy()).isEqualTo(mentor.getId());
            assertThat(version.getProposedAt()).isEqualTo(START);
        });
    }

    /** The server's zone (UTC here, as in most containers) has no say: the programme's date counts. */
    @Test
    void theMentorshipStartsOnTheProgrammesDateOfTheApproval() {
        ProcessInstance mentorship = accepted();
        ProcessInstance agreement = calledProcessInstance("agreement", mentorship);
        complete(task(agreement), terms(6, "Reach a product role."));
        execute(job(MentorshipProcess.TASK_MAIL_AGREEMENT_PROPOSAL, agreement));
        // 23:30 UTC on 9 March: in Vienna it is already half past midnight on the 10th
        Instant approvedAt = Instant.parse("2026-03-09T23:30:00Z");
        assertThat(LocalDate.ofInstant(approvedAt, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 3, 9));
        ClockUtil.setCurrentTime(Date.from(approvedAt));

        complete(task(agreement), withVariables(AGREEMENT_DECISION.name(), "approve"));

        Mentorship started = mentorships.get(id(mentorship));
        assertThat(started.getStartedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(started.getPlannedEndOn()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(agreements.current(id(mentorship)).orElseThrow().getDecidedAt()).isEqualTo(approvedAt);
    }

    @Test
    void mentorAsksForChangesAndTheMenteeEditsTheLastProposal() {
        ProcessInstance mentorship = accepted();
        ProcessInstance agreement = calledProcessInstance("agreement", mentorship);
        complete(task(agreement), terms(3, "Get a job."));
        execute(job(MentorshipProcess.TASK_MAIL_AGREEMENT_PROPOSAL, agreement));
        clearMailbox();

        complete(task(agreement), withVariables(AGREEMENT_DECISION.name(), "changes", AGREEMENT_COMMENT.name(), "Three months is too short: say six."));
        execute(job(MentorshipProcess.TASK_MAIL_AGREEMENT_CHANGES, agreement));

        ReceivedMail toMentee = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(toMentee.to()).isEqualTo(mentee.getEmail());
        assertThat(toMentee.text()).contains("Three months is too short: say six.");
        assertThat(agreement).isWaitingAt(TASK_WRITE_AGREEMENT);
        assertThat(runtimeService().getVariables(agreement.getId())).as("the form opens with the last proposal")
                .containsEntry(AGREEMENT_DURATION_MONTHS.name(), 3).containsEntry(AGREEMENT_GOALS.name(), "Get a job.")
                .containsEntry(AGREEMENT_COMMENT.name(), "Three months is too short: say six.");

        complete(task(agreement), terms(6, "Get a job."));
        execute(job(MentorshipProcess.TASK_MAIL_AGREEMENT_PROPOSAL, agreement));
        assertThat(runtimeService().getVariables(agreement.getId())).as("last round's decision is not preselected")
                .doesNotContainKeys(AGREEMENT_DECISION.name(), AGREEMENT_COMMENT.name());
        complete(task(agreement), withVariables(AGREEMENT_DECISION.name(), "approve"));

        assertThat(agreements.history(id(mentorship))).extracting(AgreementVersion::getVersionNo, AgreementVersion::getStatus,
                AgreementVersion::getDurationMonths).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, AgreementVersion.Status.CHANGES_REQUESTED, 3),
                org.assertj.core.groups.Tuple.tuple(2, AgreementVersion.Status.APPROVED, 6));
        assertThat(agreements.history(id(mentorship)).get(0).getReviewComment()).isEqualTo("Three months is too short: say six.");
        assertThat(mentorships.get(id(mentorship)).getState()).isEqualTo(MentorshipState.ACTIVE);
    }

    @Test
    void menteeIsRemindedOnceToWriteTheAgreement() {
        ProcessInstance agreement = calledProcessInstance("agreement", accepted());

        Job reminder = managementService().createJobQuery().processInstanceId(agreement.getId())
                .activityId(MentorshipProcess.TIMER_REMIND_AGREEMENT).singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(7))));
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(7)).plusSeconds(60)));
        execute(reminder);
        execute(job(MentorshipProcess.TASK_REMIND_AGREEMENT, agreement));

        ReceivedMail mail = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(mail.to()).isEqualTo(mentee.getEmail());
        assertThat(mail.subject()).isEqualTo("Please write your mentorship agreement");
        assertThat(managementService().createJobQuery().processInstanceId(agreement.getId())
                .activityId(MentorshipProcess.TIMER_REMIND_AGREEMENT).count()).isZero();
        assertThat(agreement).isWaitingAt(TASK_WRITE_AGREEMENT);
    }

    @Test
    void agreementOutsideTheProgrammesBoundsIsRefusedWithReasons() {
        ProcessInstance agreement = calledProcessInstance("agreement", accepted());
        Map<String, Object> tooLong = terms(30, " ");

        assertThatThrownBy(() -> taskService().complete(task(agreement).getId(), tooLong))
                .hasMessageContaining("between 1 and 24 months").hasMessageContaining("two or three goals");
        assertThat(agreement).isWaitingAt(TASK_WRITE_AGREEMENT);
        assertThat(agreements.history(requestsId(agreement))).isEmpty();
    }

    /** Sent past the form (REST): no duration, or a fraction the engine would keep as a Double, is refused. */
    @Test
    void anAgreementNeedsAWholeNumberOfMonths() {
        ProcessInstance agreement = calledProcessInstance("agreement", accepted());
        Map<String, Object> withoutDuration = new HashMap<>(terms(6, "Get a job."));
        withoutDuration.remove(AGREEMENT_DURATION_MONTHS.name());
        Map<String, Object> fraction = new HashMap<>(terms(6, "Get a job."));
        fraction.put(AGREEMENT_DURATION_MONTHS.name(), 1.5);
        Map<String, Object> text = new HashMap<>(terms(6, "Get a job."));
        text.put(AGREEMENT_DURATION_MONTHS.name(), "six");

        for (Map<String, Object> terms : List.of(withoutDuration, fraction, text)) {
            assertThatThrownBy(() -> taskService().complete(task(agreement).getId(), terms))
                    .as(String.valueOf(terms.get(AGREEMENT_DURATION_MONTHS.name()))).isInstanceOf(StepRefusedException.class)
                    .hasMessageContaining("a whole number between 1 and 24 months");
        }
        assertThat(agreement).isWaitingAt(TASK_WRITE_AGREEMENT);
        assertThat(agreements.history(requestsId(agreement))).isEmpty();
    }

    /**
     * Past the REST entry (EngineApiGuard), the engine side holds too: an agreement sent with another mentorship's id
     * is saved nowhere, since the process's business key, which no completion can change, must agree with it.
     */
    @Test
    void anAgreementCompletedWithAnotherMentorshipsIdIsSavedNowhere() {
        ProcessInstance hers = accepted();
        ProcessInstance others = MentorshipJourney.accepted(requests, people.mentee(), people.mentor(1));
        Map<String, Object> steered = new java.util.HashMap<>(terms(6, "Somebody else's goals."));
        MENTORSHIP_ID.put(steered, id(others));

        assertThatThrownBy(() -> complete(task(calledProcessInstance("agreement", hers)), steered))
                .hasMessageContaining("mentorshipId");
        assertThat(agreements.latest(id(others))).isEmpty();
        assertThat(agreements.latest(id(hers))).isEmpty();
    }

    private ProcessInstance accepted() {
        ProcessInstance process = MentorshipJourney.accepted(requests, mentee, mentor);
        clearMailbox();
        return process;
    }

    private static Map<String, Object> terms(int months, String goals) {
        return MentorshipJourney.agreementTerms(months, goals);
    }

    private static long id(ProcessInstance process) {
        return Long.parseLong(process.getBusinessKey());
    }

    private static long requestsId(ProcessInstance agreement) {
        return Long.parseLong(agreement.getBusinessKey());
    }

    private static ReceivedMail single(List<ReceivedMail> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
