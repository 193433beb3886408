package org.mentorflow.mentorship.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.springframework.stereotype.Component;

/** Stores what the mentee wrote as a new agreement version, then drops the draft from the process. */
@Component("saveAgreementProposal")
class SaveAgreementProposalDelegate implements JavaDelegate {

    private final Agreements agreements;

    SaveAgreementProposalDelegate(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long mentorshipId = MentorshipProcess.mentorshipId(execution);
        String menteeId = MentorshipProcess.MENTEE_ID.get(execution);
        agreements.propose(mentorshipId, menteeId, AgreementDraft.read(execution));
        AgreementDraft.clear(execution);
    }
}
