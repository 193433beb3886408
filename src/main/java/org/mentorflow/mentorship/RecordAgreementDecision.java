package org.mentorflow.mentorship;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The mentor's decision on the proposal; input parameter {@code outcome}: APPROVED or CHANGES_REQUESTED. */
@Component("recordAgreementDecision")
class RecordAgreementDecision implements JavaDelegate {

    private final Agreements agreements;

    RecordAgreementDecision(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long mentorshipId = (Long) execution.getVariable(MentorshipProcess.MENTORSHIP_ID);
        String mentorId = (String) execution.getVariable(MentorshipProcess.MENTOR_ID);
        switch (AgreementVersion.Status.valueOf((String) execution.getVariableLocal("outcome"))) {
            case APPROVED -> agreements.approve(mentorshipId, mentorId);
            case CHANGES_REQUESTED -> agreements.requestChanges(mentorshipId, mentorId,
                    (String) execution.getVariable(MentorshipProcess.AGREEMENT_COMMENT));
            default -> throw new IllegalArgumentException("A decision is APPROVED or CHANGES_REQUESTED");
        }
    }
}
