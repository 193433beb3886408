package org.mentorflow.mentorship.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.springframework.stereotype.Component;

/**
 * Writes who ended the mentorship early and why: the events "Mentorship cancelled" and "Closed by
 * coordinator" call it as they happen (a listener), v1 models as a step of their own (a delegate).
 */
@Component("recordCancellation")
class RecordCancellationListener implements JavaDelegate, ExecutionListener {

    private final MentorshipLifecycle lifecycle;

    RecordCancellationListener(MentorshipLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateExecution execution) {
        lifecycle.recordCancellation((Long) execution.getVariable(MentorshipProcess.MENTORSHIP_ID),
                (String) execution.getVariable(MentorshipProcess.CANCELLED_BY),
                (String) execution.getVariable(MentorshipProcess.CANCEL_REASON));
    }

    @Override
    public void execute(DelegateExecution execution) {
        notify(execution);
    }
}
