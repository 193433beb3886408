package org.mentorflow.mentorship;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Both confirmed the end: the mentorship is COMPLETED and the mentor's place is free. */
@Component("completeMentorship")
class CompleteMentorship implements JavaDelegate {

    private final MentorshipLifecycle lifecycle;

    CompleteMentorship(MentorshipLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.complete((Long) execution.getVariable(MentorshipProcess.MENTORSHIP_ID));
    }
}
