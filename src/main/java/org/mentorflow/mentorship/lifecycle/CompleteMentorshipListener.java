package org.mentorflow.mentorship.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.legacy.LegacyProcessVersions;
import org.springframework.stereotype.Component;

/**
 * Both confirmed the end: the mentorship is COMPLETED and the mentor's place is free. Called as the flow to
 * "Completion agreed" is taken (a listener); v1 models call it as a step of their own (a delegate), and their
 * meetings, which ran beside the mentorship, end here too.
 */
@Component("completeMentorship")
class CompleteMentorshipListener implements JavaDelegate, ExecutionListener {

    private final MentorshipLifecycle lifecycle;
    private final LegacyProcessVersions legacy;

    CompleteMentorshipListener(MentorshipLifecycle lifecycle, LegacyProcessVersions legacy) {
        this.lifecycle = lifecycle;
        this.legacy = legacy;
    }

    @Override
    public void notify(DelegateExecution execution) {
        lifecycle.complete(MentorshipProcess.MENTORSHIP_ID.get(execution));
    }

    @Override
    public void execute(DelegateExecution execution) {
        notify(execution);
        legacy.endStartedBeside(MentorshipProcess.MENTORSHIP_ID.get(execution), "Mentorship completed");
    }
}
