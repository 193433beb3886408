package org.mentorflow.coordinatormail;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Mail the digest" of processes/coordinator-task-digest.bpmn: today's digest to every coordinator with tasks. */
@Component("mailCoordinatorDigest")
class MailCoordinatorDigestDelegate implements JavaDelegate {

    private final CoordinatorTaskDigest digest;

    MailCoordinatorDigestDelegate(CoordinatorTaskDigest digest) {
        this.digest = digest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        digest.mailToday();
    }
}
