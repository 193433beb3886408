package org.mentorflow.mentorship.lifecycle;

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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.credits.CreditSummary;
import org.mentorflow.credits.CreditsLedger;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipRefusedException;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.notifications.ReceivedMail;
import org.springframework.beans.factory.annotation.Autowired;

/** How a mentorship ends, in processes/mentorship.bpmn: both confirm completion, or either side cancels at any stage. */
class MentorshipLifecycleProcessTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;

    /** A fresh mentee with a complete application and a mentor with one place. */
    Person mentee;
    Person mentor;

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    MentorshipLifecycle lifecycle;
    @Autowired
    CreditsLedger credits;

    @BeforeEach
    void startTheClock() {
        mentee = people.mentee();
        mentor = people.mentor(1);
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @Test
    void bothConfirmCompletionAfterAFirstNotYet() {
        ProcessInstance mentorship = running();
        clearMailbox();

        complete(task(TASK_FINISH_MENTORSHIP, mentorship), MentorshipJourney.finishedEarly());
        execute(job(MentorshipProcess.TASK_MAIL_CONFIRM_COMPLETION, mentorship));
        assertThat(single(ReceivedMail.all(SMTP.getReceivedMessages())).subject())
                .isEqualTo(mentee.getDisplayName() + " asks you to confirm the end of your mentorship");
        assertThat(task(TASK_CONFIRM_COMPLETION, mentorship)).isAssignedTo(mentor.getId());
        clearMailbox();

        complete(task(TASK_CONFIRM_COMPLETION, mentorship), withVariables(COMPLETION_CONFIRMED.name(), "no", COMPLETION_COMMENT.name(), "We still owe the CV review."));
        execute(job(MentorshipProcess.TASK_MAIL_COMPLETION_NOT_YET, mentorship));
        assertThat(single(ReceivedMail.all(SMTP.getReceivedMessages())).text()).contains("We still owe the CV review.");
        assertThat(mentorship).isWaitingAt(TASK_FINISH_MENTORSHIP);
        assertThat(runtimeService().getVariables(mentorship.getId())).doesNotContainKey(FINAL_MEETING_HELD.name());
        assertThat(mentorships.get(id(mentorship)).getState()).isEqualTo(MentorshipState.ACTIVE);

        complete(task(TASK_FINISH_MENTORSHIP, mentorship), MentorshipJourney.finishedEarly());
        execute(job(MentorshipProcess.TASK_MAIL_CONFIRM_COMPLETION, mentorship));
        clearMailbox();
        complete(task(TASK_CONFIRM_COMPLETION, mentorship), withVariables(COMPLETION_CONFIRMED.name(), "yes"));
        execute(job(MentorshipProcess.TASK_ISSUE_CERTIFICATES, mentorship));
        execute(job(MentorshipProcess.TASK_MAIL_COMPLETED, mentorship));

        assertThat(mentorship).isEnded().hasPassed(MentorshipProcess.END_COMPLETION_AGREED, MentorshipProcess.END_MENTORSHIP_COMPLETED);
        assertThat(taskService().createTaskQuery().processInstanceId(mentorship.getId()).count())
                .as("completion also ended the open 'Propose a meeting'").isZero();
        Mentorship completed = mentorships.get(id(mentorship));
        assertThat(completed.getState()).isEqualTo(MentorshipState.COMPLETED);
        assertThat(completed.getEndedAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant()); // after the first meeting
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
                .containsExactly("AGREEMENT_APPROVED", "MEETING_CONFIRMED", "MENTORSHIP_COMPLETED");
        assertThat(credits.summary(mentor.getId()).total()).as("agreement, the one meeting, completion").isEqualTo(10 + 5 + 30);
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

        assertThatThrownBy(() -> taskService().complete(task(TASK_FINISH_MENTORSHIP, mentorship).getId(), withVariables(FINAL_MEETING_HELD.name(), false, EARLY_FINISH_REASON.name(), "Done.")))
                .hasMessageContaining("confirm that your final meeting has taken place");
        complete(task(TASK_FINISH_MENTORSHIP, mentorship), MentorshipJourney.finishedEarly());
        execute(job(MentorshipProcess.TASK_MAIL_CONFIRM_COMPLETION, mentorship));
        assertThatThrownBy(() -> taskService().complete(task(TASK_CONFIRM_COMPLETION, mentorship).getId(), withVariables(COMPLETION_CONFIRMED.name(), "no")))
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
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_ENDED, mentorship));
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
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_ENDED, process));
        assertThat(process).isEnded().hasPassed(MentorshipProcess.END_MENTORSHIP_CANCELLED);
        ReceivedMail mail = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(mail.to()).isEqualTo(otherSide);
        assertThat(mail.text()).contains(reason);
    }

    private ProcessInstance accepted() {
        ProcessInstance process = MentorshipJourney.accepted(requests, mentee, mentor);
        clearMailbox();
        return process;
    }

    /** Running with a first meeting held: finishing is offered (early). */
    private ProcessInstance running() {
        ProcessInstance mentorship = MentorshipJourney.finishable(requests, mentee, mentor);
        assertThat(mentorship).isWaitingAt(TASK_FINISH_MENTORSHIP);
        clearMailbox();
        return mentorship;
    }

    private static long id(ProcessInstance process) {
        return Long.parseLong(process.getBusinessKey());
    }

    private static ReceivedMail single(List<ReceivedMail> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
