package org.mentorflow.mentorship;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the mentorship that something happened (a meeting both confirmed), which restarts its inactivity
 * clock. When the mentorship is not waiting for it at this moment, there is nothing to restart.
 */
@Component("reportActivity")
class ReportActivity implements JavaDelegate {

    static final String MESSAGE = "MentorshipActivity";

    private final RuntimeService runtimeService;

    ReportActivity(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // meetings share the business key, but only the mentorship waits for this message
        runtimeService.createMessageCorrelation(MESSAGE)
                .processInstanceBusinessKey(execution.getBusinessKey())
                .correlateAllWithResult();
    }
}
