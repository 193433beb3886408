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
        lifecycle.recordCancellation(MentorshipProcess.MENTORSHIP_ID.get(execution),
                MentorshipProcess.CANCELLED_BY.get(execution), MentorshipProcess.CANCEL_REASON.get(execution));
    }

    @Override
    public void execute(DelegateExecution execution) {
        notify(execution);
    }
}
