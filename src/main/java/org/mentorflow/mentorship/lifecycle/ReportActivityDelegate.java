package org.mentorflow.mentorship.lifecycle;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.system.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * Tells the mentorship that something happened: a meeting both confirmed restarts its inactivity clock; an
 * approved agreement change does too and moves its end date. Input parameter {@link #MESSAGES} (optional).
 * When the mentorship is not waiting for one, there is nothing to do.
 */
@Component("reportActivity")
class ReportActivityDelegate implements JavaDelegate {

    static final String MESSAGE = "MentorshipActivity";

    /** Input parameter (optional): the messages to send, comma-separated; {@link #MESSAGE} without it. */
    static final ProcessVariable<String> MESSAGES = ProcessVariable.of("messages", String.class);

    private final RuntimeService runtimeService;

    ReportActivityDelegate(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String names = MESSAGES.getLocal(execution);
        for (String message : names == null ? new String[] {MESSAGE} : names.split("\\s*,\\s*")) {
            // meetings and amendments share the business key, but only the mentorship waits for these
            runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(execution.getBusinessKey())
                    .correlateAllWithResult();
        }
    }
}
