package org.mentorflow.mentorship;

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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.credits.CreditSummary;
import org.mentorflow.credits.CreditsLedger;
import org.mentorflow.notifications.ReceivedMail;
import org.springframework.beans.factory.annotation.Autowired;

/** From acceptance to the end: agreement, completion and cancellation, in processes/mentorship.bpmn and agreement.bpmn. */
class MentorshipLifecycleProcessTest extends RequestStageTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    Agreements agreements;
    @Autowired
    MentorshipLifecycle lifecycle;
    @Autowired
    CreditsLedger credits;

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @Test
    void approvedAgreementStartsTheMentorshipOfficially() {
        ProcessInstance mentorship = accepted();
        ProcessInstance agreement = calledProcessInstance("agreement", mentorship);
        assertThat(agreement).isWaitingAt(TASK_WRITE_AGREEMENT);
        assertThat(task(agreement)).isAssignedTo(mentee.getId());

        complete(task(agreement), terms(6, "Reach a product role."));
        execute(job("Task_MailProposal", agreement));

        ReceivedMail toMentor = single(ReceivedMail.to(SMTP.getReceivedMessages(), mentor.getEmail()));
        assertThat(toMentor.subject()).isEqualTo(mentee.getDisplayName() + " has written your mentorship agreement");
        assertThat(toMentor.text()).contains("Agreed: 6 months, 6 meetings, once a month.").contains("Reach a product role.");
        assertThat(runtimeService().getVariables(agreement.getId())).as("the draft left the process")
                .doesNotContainKeys(AGREEMENT_GOALS, AGREEMENT_DURATION_MONTHS);
        Task approval = task(agreement);
        assertThat(approval).isAssignedTo(mentor.getId()).hasDefinitionKey(TASK_APPROVE_AGREEMENT);
        assertThat(taskService().getVariablesLocal(approval.getId()))
                .containsEntry("proposalGoals", "Reach a product role.").containsEntry("proposalDurationMonths", 6);
        clearMailbox();

        complete(approval, withVariables(AGREEMENT_DECISION, "approve"));

        Mentorship started = mentorships.get(id(mentorship));
        assertThat(started.getState()).isEqualTo(MentorshipState.ACTIVE);
        assertThat(started.getStartedOn()).isEqualTo(LocalDate.ofInstant(START, ZoneId.systemDefault()));
        assertThat(started.getPlannedEndOn()).isEqualTo(started.getStartedOn().plusMonths(6));
        execute(job("Task_MailStarted", agreement));
        assertThat(agreement).isEnded().hasPassed("EndEvent_MentorshipStarted");
        assertThat(mentorship).isWaitingAt(TASK_FINISH_MENTORSHIP);
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

    @Test
    void mentorAsksForChangesAndTheMenteeEditsTheLastProposal() {
        ProcessInstance mentorship = accepted();
        ProcessInstance agreement = calledProcessInstance("agreement", mentorship);
        complete(task(agreement), terms(3, "Get a job."));
        execute(job("Task_MailProposal", agreement));
        clearMailbox();

        complete(task(agreement), withVariables(AGREEMENT_DECISION, "changes", AGREEMENT_COMMENT, "Three months is too short: say six."));
        execute(job("Task_MailChanges", agreement));

        ReceivedMail toMentee = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(toMentee.to()).isEqualTo(mentee.getEmail());
        assertThat(toMentee.text()).contains("Three months is too short: say six.");
        assertThat(agreement).isWaitingAt(TASK_WRITE_AGREEMENT);
        assertThat(runtimeService().getVariables(agreement.getId())).as("the form opens with the last proposal")
                .containsEntry(AGREEMENT_DURATION_MONTHS, 3).containsEntry(AGREEMENT_GOALS, "Get a job.")
                .containsEntry(AGREEMENT_COMMENT, "Three months is too short: say six.");

        complete(task(agreement), terms(6, "Get a job."));
        execute(job("Task_MailProposal", agreement));
        assertThat(runtimeService().getVariables(agreement.getId())).as("last round's decision is not preselected")
                .doesNotContainKeys(AGREEMENT_DECISION, AGREEMENT_COMMENT);
        complete(task(agreement), withVariables(AGREEMENT_DECISION, "approve"));

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
                .activityId("Timer_RemindAgreement").singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(7))));
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(7)).plusSeconds(60)));
        execute(reminder);
        execute(job("Task_RemindAgreement", agreement));

        ReceivedMail mail = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(mail.to()).isEqualTo(mentee.getEmail());
        assertThat(mail.subject()).isEqualTo("Please write your mentorship agreement");
        assertThat(managementService().createJobQuery().processInstanceId(agreement.getId())
                .activityId("Timer_RemindAgreement").count()).isZero();
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

    @Test
    void bothConfirmCompletionAfterAFirstNotYet() {
        ProcessInstance mentorship = running();
        clearMailbox();

        complete(task(TASK_FINISH_MENTORSHIP, mentorship), withVariables(FINAL_MEETING_HELD, true));
        execute(job("Task_MailConfirmCompletion", mentorship));
        assertThat(single(ReceivedMail.all(SMTP.getReceivedMessages())).subject())
                .isEqualTo(mentee.getDisplayName() + " asks you to confirm the end of your mentorship");
        assertThat(task(TASK_CONFIRM_COMPLETION, mentorship)).isAssignedTo(mentor.getId());
        clearMailbox();

        complete(task(TASK_CONFIRM_COMPLETION, mentorship), withVariables(COMPLETION_CONFIRMED, "no", COMPLETION_COMMENT, "We still owe the CV review."));
        execute(job("Task_MailCompletionNotYet", mentorship));
        assertThat(single(ReceivedMail.all(SMTP.getReceivedMessages())).text()).contains("We still owe the CV review.");
        assertThat(mentorship).isWaitingAt(TASK_FINISH_MENTORSHIP);
        assertThat(runtimeService().getVariables(mentorship.getId())).doesNotContainKey(FINAL_MEETING_HELD);
        assertThat(mentorships.get(id(mentorship)).getState()).isEqualTo(MentorshipState.ACTIVE);

        complete(task(TASK_FINISH_MENTORSHIP, mentorship), withVariables(FINAL_MEETING_HELD, true));
        execute(job("Task_MailConfirmCompletion", mentorship));
        clearMailbox();
        complete(task(TASK_CONFIRM_COMPLETION, mentorship), withVariables(COMPLETION_CONFIRMED, "yes"));
        execute(job("Task_IssueCertificates", mentorship));
        execute(job("Task_MailCompleted", mentorship));

        assertThat(mentorship).isEnded().hasPassed("EndEvent_CompletionAgreed", "EndEvent_MentorshipCompleted");
        assertThat(taskService().createTaskQuery().processInstanceId(mentorship.getId()).count())
                .as("completion also ended the open 'Propose a meeting'").isZero();
        Mentorship completed = mentorships.get(id(mentorship));
        assertThat(completed.getState()).isEqualTo(MentorshipState.COMPLETED);
        assertThat(completed.getEndedAt()).isEqualTo(START);
        assertThat(mentorships.freePlaces(mentor)).isEqualTo(1);
        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).extracting(ReceivedMail::to)
                .containsExactlyInAnyOrder(mentee.getEmail(), mentor.getEmail());

        ReceivedMail toMentee = ReceivedMail.to(SMTP.getReceivedMessages(), mentee.getEmail()).get(0);
        assertThat(toMentee.attachments()).hasSize(1);
        String certificate = pdfText(toMentee.attachments().values().iterator().next());
        assertThat(certificate).contains(mentee.getFullName(), mentor.getDisplayName(), "MentorFlow Alumni Mentoring")
                .doesNotContain(mentor.getLastName());
        ReceivedMail toMentor = ReceivedMail.to(SMTP.getReceivedMessages(), mentor.getEmail()).get(0);
        assertThat(pdfText(toMentor.attachments().values().iterator().next())).contains(mentor.getFullName());
        assertThat(credits.summary(mentee.getId()).achievements()).extracting(CreditSummary.Achievement::event)
                .containsExactly("AGREEMENT_APPROVED", "MENTORSHIP_COMPLETED");
        assertThat(credits.summary(mentor.getId()).total()).isEqualTo(10 + 30);
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void finishingNeedsTheFinalMeetingAndANotYetNeedsAReason() {
        ProcessInstance mentorship = running();

        assertThatThrownBy(() -> taskService().complete(task(TASK_FINISH_MENTORSHIP, mentorship).getId(), withVariables(FINAL_MEETING_HELD, false)))
                .hasMessageContaining("confirm that your final meeting has taken place");
        complete(task(TASK_FINISH_MENTORSHIP, mentorship), withVariables(FINAL_MEETING_HELD, true));
        execute(job("Task_MailConfirmCompletion", mentorship));
        assertThatThrownBy(() -> taskService().complete(task(TASK_CONFIRM_COMPLETION, mentorship).getId(), withVariables(COMPLETION_CONFIRMED, "no")))
                .hasMessageContaining("tell your mentee what is still open");
    }

    @Test
    void mentorCancelsWhileTheRequestIsOpen() {
        ProcessInstance process = MentorshipJourney.requestedAndMailed(requests, mentee, mentor);
        clearMailbox();

        lifecycle.cancel(id(process), mentor.getId(), "I am moving abroad next month.");

        assertCancelled(process, mentor.getId(), mentee.getEmail(), "I am moving abroad next month.");
        assertThat(managementService().createJobQuery().processInstanceId(process.getId()).timers().count()).isZero();
    }

    @Test
    void menteeCancelsWhileTheAgreementIsWritten() {
        ProcessInstance mentorship = accepted();
        ProcessInstance agreement = calledProcessInstance("agreement", mentorship);
        clearMailbox();

        lifecycle.cancel(id(mentorship), mentee.getId(), "I got a place abroad.");

        assertThat(agreement).isEnded();
        assertCancelled(mentorship, mentee.getId(), mentor.getEmail(), "I got a place abroad.");
        assertThat(mentorships.freePlaces(mentor)).as("the place is free again").isEqualTo(1);
    }

    @Test
    void mentorCancelsARunningMentorship() {
        ProcessInstance mentorship = running();
        clearMailbox();

        lifecycle.cancel(id(mentorship), mentor.getId(), "Health reasons.");

        assertCancelled(mentorship, mentor.getId(), mentee.getEmail(), "Health reasons.");
    }

    @Test
    void onlyTheTwoCanCancelAnOpenMentorshipWithAReason() {
        ProcessInstance mentorship = running();

        assertThatThrownBy(() -> lifecycle.cancel(id(mentorship), people.mentee().getId(), "because"))
                .isInstanceOf(MentorshipRefusedException.class).hasMessageContaining("Only the mentee and the mentor")
                .extracting("reason").isEqualTo(MentorshipRefusedException.Reason.NOT_A_PARTICIPANT);
        assertThatThrownBy(() -> lifecycle.cancel(id(mentorship), mentee.getId(), "  "))
                .hasMessageContaining("Please give a reason");
        lifecycle.cancel(id(mentorship), mentee.getId(), "Done early.");
        execute(job("Task_MailMentorshipEnded", mentorship));
        assertThatThrownBy(() -> lifecycle.cancel(id(mentorship), mentee.getId(), "again"))
                .isInstanceOf(MentorshipRefusedException.class).hasMessageContaining("has ended already (it is cancelled)")
                .extracting("reason").isEqualTo(MentorshipRefusedException.Reason.ENDED);
    }

    private void assertCancelled(ProcessInstance process, String by, String otherSide, String reason) {
        assertThat(taskService().createTaskQuery().processInstanceBusinessKey(process.getBusinessKey()).count()).isZero();
        Mentorship cancelled = mentorships.get(id(process));
        assertThat(cancelled.getState()).isEqualTo(MentorshipState.CANCELLED);
        assertThat(cancelled.getCancelledBy()).isEqualTo(by);
        assertThat(cancelled.getCancelReason()).isEqualTo(reason);
        execute(job("Task_MailMentorshipEnded", process));
        assertThat(process).isEnded().hasPassed("EndEvent_MentorshipCancelled");
        ReceivedMail mail = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(mail.to()).isEqualTo(otherSide);
        assertThat(mail.text()).contains(reason);
    }

    private ProcessInstance accepted() {
        ProcessInstance process = MentorshipJourney.accepted(requests, mentee, mentor);
        clearMailbox();
        return process;
    }

    private ProcessInstance running() {
        ProcessInstance mentorship = MentorshipJourney.running(requests, mentee, mentor);
        assertThat(mentorship).isWaitingAt(TASK_FINISH_MENTORSHIP);
        return mentorship;
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
