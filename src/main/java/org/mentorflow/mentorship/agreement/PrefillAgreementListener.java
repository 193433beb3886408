package org.mentorflow.mentorship.agreement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.mentorship.MentorshipProcess;
import org.springframework.stereotype.Component;

/** When the mentor asked for changes, the mentee edits the last proposal instead of starting blank. */
@Component("prefillAgreement")
class PrefillAgreementListener implements TaskListener {

    private final Agreements agreements;

    PrefillAgreementListener(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        long mentorshipId = MentorshipProcess.MENTORSHIP_ID.get(task);
        agreements.latest(mentorshipId).ifPresent(version -> AgreementDraft.write(task.getExecution(), version.terms()));
    }
}
