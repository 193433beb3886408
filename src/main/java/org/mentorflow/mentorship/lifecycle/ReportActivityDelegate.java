package org.mentorflow.mentorship.lifecycle;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the mentorship that something happened: a meeting both confirmed restarts its inactivity clock; an
 * approved agreement change does too and moves its end date. Input parameter {@code messages} (optional):
 * the messages to send, comma-separated. When the mentorship is not waiting for one, there is nothing to do.
 */
@Component("reportActivity")
class ReportActivityDelegate implements JavaDelegate {

    static final String MESSAGE = "MentorshipActivity";

    private final RuntimeService runtimeService;

    ReportActivityDelegate(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object names = execution.getVariableLocal("messages");
        for (String message : names == null ? new String[] {MESSAGE} : names.toString().split("\\s*,\\s*")) {
            // meetings and amendments share the business key, but only the mentorship waits for these
            runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(execution.getBusinessKey())
                    .correlateAllWithResult();
        }
    }
}
