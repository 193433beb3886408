package org.mentorflow.mentorship.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.springframework.stereotype.Component;

/**
 * The decision on a proposal; input parameter {@code outcome}: APPROVED, CHANGES_REQUESTED or REJECTED. The
 * decider is the mentor for the first agreement, the other side for an amendment.
 */
@Component("recordAgreementDecision")
class RecordAgreementDecisionDelegate implements JavaDelegate {

    private final Agreements agreements;

    RecordAgreementDecisionDelegate(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long mentorshipId = (Long) execution.getVariable(MentorshipProcess.MENTORSHIP_ID);
        Object amendmentDecider = execution.getVariable(AmendmentProcess.DECIDER);
        String decider = amendmentDecider != null ? (String) amendmentDecider : (String) execution.getVariable(MentorshipProcess.MENTOR_ID);
        String comment = (String) execution.getVariable(MentorshipProcess.AGREEMENT_COMMENT);
        switch (AgreementVersion.Status.valueOf((String) execution.getVariableLocal("outcome"))) {
            case APPROVED -> agreements.approve(mentorshipId, decider);
            case CHANGES_REQUESTED -> agreements.requestChanges(mentorshipId, decider, comment);
            case REJECTED -> agreements.reject(mentorshipId, decider, comment);
            default -> throw new IllegalArgumentException("A decision is APPROVED, CHANGES_REQUESTED or REJECTED");
        }
    }
}
