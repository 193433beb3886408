package org.mentorflow.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.processes.EngineOnlyProcessTest;

/** Every path of processes/agreement.bpmn on the engine alone: the mentee writes the agreement, the mentor approves it. */
@Deployment(resources = {"processes/agreement.bpmn", "forms/write-mentorship-agreement.form",
        "forms/approve-mentorship-agreement.form"})
class AgreementPathsTest extends EngineOnlyProcessTest {

    private static final long MENTORSHIP = 42L;
    private static final String MENTEE = "mentee-1";
    private static final String MENTOR = "mentor-1";
    private static final Instant ACCEPTED_AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration REMINDER_AFTER = Duration.ofDays(7);

    {
        delegate("sendMail");
        delegate("saveAgreementProposal");
        delegate("recordAgreementDecision");
        delegate("awardCredits");
        taskListener("prefillAgreement");
        taskListener("checkAnswers");
        taskListener("clearPreviousAnswers");
        taskListener("showAgreement");
    }

    @BeforeEach
    void acceptedOnMonday() {
        clockAt(ACCEPTED_AT);
    }

    @Test
    void agreementWaitsForTheMenteeToWriteIt() {
        ProcessInstance agreement = needed();

        assertThat(taskAt(agreement, TASK_WRITE_AGREEMENT)).isAssignedTo(MENTEE);
        assertThat(stepsOf("prefillAgreement")).containsExactly(TASK_WRITE_AGREEMENT);
        assertThat(job(TIMER_REMIND_AGREEMENT, agreement).getDuedate()).isEqualTo(Date.from(ACCEPTED_AT.plus(REMINDER_AFTER)));
    }

    @Test
    void menteeIsRemindedOnceToWriteTheAgreement() {
        ProcessInstance agreement = needed();

        fire(job(TIMER_REMIND_AGREEMENT, agreement));
        execute(job(TASK_REMIND_AGREEMENT, agreement));

        assertThat(mailsSent()).containsExactly(mail(TASK_REMIND_AGREEMENT, "agreement-reminder", "mentee"));
        assertThat(agreement).hasPassed(END_MENTEE_REMINDED).isWaitingAt(TASK_WRITE_AGREEMENT);
        assertThat(job(TIMER_REMIND_AGREEMENT, agreement)).as("a cycle of one reminder").isNull();
    }

    @Test
    void writtenAgreementIsSavedAndTheMentorIsAskedToApproveIt() {
        ProcessInstance agreement = needed();

        complete(taskAt(agreement, TASK_WRITE_AGREEMENT), terms());

        assertThat(stepsOf("checkAnswers")).containsExactly(TASK_WRITE_AGREEMENT);
        assertThat(stepsOf("saveAgreementProposal")).containsExactly(TASK_SAVE_AGREEMENT_PROPOSAL);
        assertThat(job(TIMER_REMIND_AGREEMENT, agreement)).as("no reminder once it is written").isNull();
        assertThat(agreement).isWaitingAt(TASK_MAIL_AGREEMENT_PROPOSAL);
        execute(job(TASK_MAIL_AGREEMENT_PROPOSAL, agreement));

        assertThat(mailsSent()).containsExactly(mail(TASK_MAIL_AGREEMENT_PROPOSAL, "agreement-to-approve", "mentor"));
        assertThat(taskAt(agreement, TASK_APPROVE_AGREEMENT)).isAssignedTo(MENTOR);
        assertThat(stepsOf("clearPreviousAnswers")).containsExactly(TASK_APPROVE_AGREEMENT);
        assertThat(stepsOf("showAgreement")).containsExactly(TASK_APPROVE_AGREEMENT);
    }

    @Test
    void approvedAgreementStartsTheMentorshipOfficiallyEarnsCreditsAndTellsBoth() {
        ProcessInstance agreement = waitingForTheMentor();

        complete(taskAt(agreement, TASK_APPROVE_AGREEMENT), withVariables(AGREEMENT_DECISION.name(), "approve"));

        assertThat(inputOf("recordAgreementDecision", TASK_START_MENTORSHIP)).containsEntry("outcome", "APPROVED");
        assertThat(inputOf("awardCredits", TASK_AWARD_AGREEMENT_CREDITS)).containsEntry("event", "AGREEMENT_APPROVED")
                .containsEntry("to", "mentee,mentor");
        assertThat(agreement).isWaitingAt(TASK_MAIL_MENTORSHIP_STARTED);
        execute(job(TASK_MAIL_MENTORSHIP_STARTED, agreement));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_MENTORSHIP_STARTED, "mentorship-started", "mentee,mentor"));
        assertThat(agreement).hasPassed(END_MENTORSHIP_STARTED).hasNotPassed(TASK_RECORD_AGREEMENT_CHANGE_REQUEST).isEnded();
    }

    @Test
    void mentorAsksForChangesAndTheMenteeWritesItAgain() {
        ProcessInstance agreement = waitingForTheMentor();
        clockAt(ACCEPTED_AT.plus(Duration.ofDays(3)));

        complete(taskAt(agreement, TASK_APPROVE_AGREEMENT),
                withVariables(AGREEMENT_DECISION.name(), "changes", AGREEMENT_COMMENT.name(), "Please add a goal for the interviews."));

        assertThat(inputOf("recordAgreementDecision", TASK_RECORD_AGREEMENT_CHANGE_REQUEST)).containsEntry("outcome", "CHANGES_REQUESTED");
        execute(job(TASK_MAIL_AGREEMENT_CHANGES, agreement));
        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_AGREEMENT_CHANGES, "agreement-changes-requested", "mentee"));
        assertThat(taskAt(agreement, TASK_WRITE_AGREEMENT)).isAssignedTo(MENTEE);
        assertThat(stepsOf("prefillAgreement")).containsExactly(TASK_WRITE_AGREEMENT, TASK_WRITE_AGREEMENT);
        assertThat(job(TIMER_REMIND_AGREEMENT, agreement).getDuedate()).as("the reminder starts over")
                .isEqualTo(Date.from(ACCEPTED_AT.plus(Duration.ofDays(3)).plus(REMINDER_AFTER)));

        complete(taskAt(agreement, TASK_WRITE_AGREEMENT), terms());
        execute(job(TASK_MAIL_AGREEMENT_PROPOSAL, agreement));
        assertThat(taskAt(agreement, TASK_APPROVE_AGREEMENT)).isAssignedTo(MENTOR);
        assertThat(stepsOf("saveAgreementProposal")).hasSize(2);
    }

    /** As the mentorship's "Agree on the mentorship" calls it: the business key is the mentorship id. */
    private static ProcessInstance needed() {
        return runtimeService().createProcessInstanceByKey(AGREEMENT_KEY).businessKey(Long.toString(MENTORSHIP))
                .setVariables(withVariables(MENTORSHIP_ID.name(), MENTORSHIP, MENTEE_ID.name(), MENTEE, MENTOR_ID.name(), MENTOR,
                        AGREEMENT_REMINDER_CYCLE.name(), "R1/P7D"))
                .execute();
    }

    private static ProcessInstance waitingForTheMentor() {
        ProcessInstance agreement = needed();
        complete(taskAt(agreement, TASK_WRITE_AGREEMENT), terms());
        execute(job(TASK_MAIL_AGREEMENT_PROPOSAL, agreement));
        return agreement;
    }

    private static Map<String, Object> terms() {
        return withVariables(AGREEMENT_DURATION_MONTHS.name(), 6, AGREEMENT_MEETINGS.name(), 6, AGREEMENT_RHYTHM.name(), "once a month",
                AGREEMENT_CONTACT_CHANNELS.name(), "video calls, e-mail", AGREEMENT_CONTACT_FREQUENCY.name(), "every two weeks",
                AGREEMENT_GOALS.name(), "Learn to lead a team.", AGREEMENT_AGENDA.name(), "CV, interviews, first 100 days");
    }
}
