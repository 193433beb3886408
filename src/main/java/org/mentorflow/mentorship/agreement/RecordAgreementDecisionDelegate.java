package org.mentorflow.mentorship.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.system.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The decision on a proposal; input parameter {@link #OUTCOME}. The decider is the mentor for the first agreement,
 * the other side for an amendment.
 */
@Component("recordAgreementDecision")
class RecordAgreementDecisionDelegate implements JavaDelegate {

    /** Input parameter: an {@link AgreementVersion.Status} by name, APPROVED, CHANGES_REQUESTED or REJECTED. */
    static final ProcessVariable<String> OUTCOME = ProcessVariable.of("outcome", String.class);

    private final Agreements agreements;

    RecordAgreementDecisionDelegate(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long mentorshipId = MentorshipProcess.mentorshipId(execution);
        String amendmentDecider = AmendmentProcess.DECIDER.get(execution);
        String decider = amendmentDecider != null ? amendmentDecider : MentorshipProcess.MENTOR_ID.get(execution);
        String comment = MentorshipProcess.AGREEMENT_COMMENT.get(execution);
        switch (AgreementVersion.Status.valueOf(OUTCOME.getLocal(execution))) {
            case APPROVED -> agreements.approve(mentorshipId, decider);
            case CHANGES_REQUESTED -> agreements.requestChanges(mentorshipId, decider, comment);
            case REJECTED -> agreements.reject(mentorshipId, decider, comment);
            default -> throw new IllegalArgumentException("A decision is APPROVED, CHANGES_REQUESTED or REJECTED");
        }
    }
}
