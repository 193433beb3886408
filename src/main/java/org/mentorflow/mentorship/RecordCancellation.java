package org.mentorflow.mentorship;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes who cancelled and why onto the mentorship; the process has already ended its open tasks. */
@Component("recordCancellation")
class RecordCancellation implements JavaDelegate {

    private final MentorshipLifecycle lifecycle;

    RecordCancellation(MentorshipLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.recordCancellation((Long) execution.getVariable(MentorshipProcess.MENTORSHIP_ID),
                (String) execution.getVariable(MentorshipProcess.CANCELLED_BY),
                (String) execution.getVariable(MentorshipProcess.CANCEL_REASON));
    }
}
