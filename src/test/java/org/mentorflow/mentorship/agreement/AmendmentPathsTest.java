package org.mentorflow.mentorship.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.AGREEMENT_COMMENT;
import static org.mentorflow.mentorship.MentorshipProcess.AGREEMENT_DECISION;
import static org.mentorflow.mentorship.MentorshipProcess.MENTEE_ID;
import static org.mentorflow.mentorship.MentorshipProcess.MENTORSHIP_ID;
import static org.mentorflow.mentorship.MentorshipProcess.MENTOR_ID;
import static org.mentorflow.mentorship.MentorshipProcess.MESSAGE_AGREEMENT_CHANGED;
import static org.mentorflow.mentorship.MentorshipProcess.MESSAGE_MENTORSHIP_ACTIVITY;
import static org.mentorflow.mentorship.MentorshipProcess.TASK_APPROVE_AMENDMENT;
import static org.mentorflow.mentorship.agreement.AmendmentProcess.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.mentorflow.processes.EngineOnlyProcessTest;

/** Every path of processes/amendment.bpmn on the engine alone: one side proposes a change, the other decides. */
@Deployment(resources = {"processes/amendment.bpmn", "forms/approve-amendment.form"})
class AmendmentPathsTest extends EngineOnlyProcessTest {

    private static final long MENTORSHIP = 42L;
    private static final String MENTEE = "mentee-1";
    private static final String MENTOR = "mentor-1";

    {
        delegate("sendMail");
        delegate("recordAgreementDecision");
        delegate("reportActivity");
        taskListener("showAgreement");
        taskListener("checkAnswers");
    }

    @Test
    void changeProposedByTheMenteeAsksTheMentorToDecide() {
        ProcessInstance change = proposedBy(MENTEE, MENTOR);
        assertThat(change).isWaitingAt(TASK_MAIL_CHANGE_PROPOSAL);

        execute(job(TASK_MAIL_CHANGE_PROPOSAL, change));

        assertThat(mailsSent()).containsExactly(mail(TASK_MAIL_CHANGE_PROPOSAL, "amendment-proposed", "mentor"));
        assertThat(taskAt(change, TASK_APPROVE_AMENDMENT)).isAssignedTo(MENTOR);
        assertThat(stepsOf("showAgreement")).containsExactly(TASK_APPROVE_AMENDMENT);
    }

    @Test
    void changeProposedByTheMentorAsksTheMenteeToDecide() {
        ProcessInstance change = proposedBy(MENTOR, MENTEE);

        execute(job(TASK_MAIL_CHANGE_PROPOSAL, change));

        assertThat(mailsSent()).containsExactly(mail(TASK_MAIL_CHANGE_PROPOSAL, "amendment-proposed", "mentee"));
        assertThat(taskAt(change, TASK_APPROVE_AMENDMENT)).isAssignedTo(MENTEE);
    }

    @Test
    void approvedChangeCountsTellsTheMentorshipAndMailsBothTheNewAgreement() {
        ProcessInstance change = waitingForTheDecisionOf(MENTOR);

        complete(taskAt(change, TASK_APPROVE_AMENDMENT), withVariables(AGREEMENT_DECISION.name(), "approve"));

        assertThat(stepsOf("checkAnswers")).containsExactly(TASK_APPROVE_AMENDMENT);
        assertThat(inputOf("recordAgreementDecision", TASK_RECORD_CHANGE_APPROVAL)).containsEntry("outcome", "APPROVED");
        assertThat(inputOf("reportActivity", TASK_TELL_MENTORSHIP))
                .as("the messages the mentorship waits for: end date and inactivity watches")
                .containsEntry("messages", MESSAGE_AGREEMENT_CHANGED + "," + MESSAGE_MENTORSHIP_ACTIVITY);
        assertThat(change).hasPassedInOrder(TASK_RECORD_CHANGE_APPROVAL, TASK_TELL_MENTORSHIP).isWaitingAt(TASK_MAIL_CHANGE_APPROVED);

        execute(job(TASK_MAIL_CHANGE_APPROVED, change));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_CHANGE_APPROVED, "amendment-approved", "mentee,mentor"));
        assertThat(change).hasPassed(END_CHANGE_AGREED).hasNotPassed(TASK_RECORD_CHANGE_REJECTION).isEnded();
    }

    @Test
    void rejectedChangeIsRecordedAndTellsTheMenteeWhoProposedIt() {
        ProcessInstance change = waitingForTheDecisionOf(MENTOR);

        complete(taskAt(change, TASK_APPROVE_AMENDMENT), withVariables(AGREEMENT_DECISION.name(), "reject", AGREEMENT_COMMENT.name(), "Six months are enough."));

        assertThat(inputOf("recordAgreementDecision", TASK_RECORD_CHANGE_REJECTION)).containsEntry("outcome", "REJECTED");
        assertThat(stepsOf("reportActivity")).as("a rejected change changes nothing").isEmpty();
        execute(job(TASK_MAIL_CHANGE_REJECTED, change));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_CHANGE_REJECTED, "amendment-rejected", "mentee"));
        assertThat(change).hasPassed(END_CHANGE_REJECTED).hasNotPassed(TASK_TELL_MENTORSHIP, TASK_MAIL_CHANGE_APPROVED).isEnded();
    }

    @Test
    void rejectedChangeOfTheMentorTellsTheMentor() {
        ProcessInstance change = waitingForTheDecisionOf(MENTEE);

        complete(taskAt(change, TASK_APPROVE_AMENDMENT), withVariables(AGREEMENT_DECISION.name(), "reject", AGREEMENT_COMMENT.name(), "Not now."));
        execute(job(TASK_MAIL_CHANGE_REJECTED, change));

        assertThat(mailsSent()).endsWith(mail(TASK_MAIL_CHANGE_REJECTED, "amendment-rejected", "mentor"));
        assertThat(change).hasPassed(END_CHANGE_REJECTED).isEnded();
    }

    /** As the mentorship's "Decide on the change" calls it: the business key is the mentorship id. */
    private static ProcessInstance proposedBy(String proposer, String decider) {
        return runtimeService().createProcessInstanceByKey(KEY).businessKey(Long.toString(MENTORSHIP))
                .setVariables(withVariables(MENTORSHIP_ID.name(), MENTORSHIP, MENTEE_ID.name(), MENTEE, MENTOR_ID.name(), MENTOR,
                        PROPOSED_BY.name(), proposer, DECIDER.name(), decider))
                .execute();
    }

    private static ProcessInstance waitingForTheDecisionOf(String decider) {
        ProcessInstance change = proposedBy(decider.equals(MENTOR) ? MENTEE : MENTOR, decider);
        execute(job(TASK_MAIL_CHANGE_PROPOSAL, change));
        return change;
    }
}
