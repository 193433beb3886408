package org.mentorflow.mentorship.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.mentorflow.mentorship.MentorshipProcess;
import org.springframework.stereotype.Component;

/**
 * Remembers which coordinator decided, so a closure names who closed the mentorship. A close takes the path
 * of every early end: the coordinator is the one who ended it, the note is the reason.
 */
@Component("recordCoordinatorDecision")
class RecordCoordinatorDecisionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String coordinator = task.getAssignee();
        if (coordinator == null) {
            Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            coordinator = current == null ? "coordinator" : current.getUserId();
        }
        MentorshipProcess.CLOSED_BY.set(task.getExecution(), coordinator);
        if (MentorshipProcess.INACTIVE_DECISION.holds(task, "close")) {
            MentorshipProcess.CANCELLED_BY.set(task.getExecution(), coordinator);
            MentorshipProcess.CANCEL_REASON.set(task.getExecution(), MentorshipProcess.COORDINATOR_NOTE.get(task));
        }
    }
}
