package org.mentorflow.mentorship;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Remembers which coordinator decided, so a closure names who closed the mentorship. */
@Component("recordCoordinatorDecision")
class RecordCoordinatorDecision implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String coordinator = task.getAssignee();
        if (coordinator == null) {
            Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            coordinator = current == null ? "coordinator" : current.getUserId();
        }
        task.getExecution().setVariable(MentorshipProcess.CLOSED_BY, coordinator);
    }
}
