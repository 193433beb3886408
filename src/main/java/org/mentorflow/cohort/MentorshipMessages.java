package org.mentorflow.cohort;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.springframework.stereotype.Component;

/**
 * The messages a cohort's steps send to its mentorships' processes. A step runs in its job's transaction, where a
 * failed correlation would doom the whole job: so a message goes only to a mentorship that waits for it right now
 * (one that ended or moved on meanwhile is left alone), and only to the mentorship's own process, not to the
 * agreement or meetings it called under the same business key.
 */
@Component
class MentorshipMessages {

    private final RuntimeService runtime;

    MentorshipMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** @return whether the mentorship's process took the message */
    boolean send(Mentorship mentorship, String message, Map<String, Object> variables) {
        ProcessInstance process = runtime.createProcessInstanceQuery().processDefinitionKey(MentorshipProcess.KEY)
                .processInstanceBusinessKey(mentorship.getId().toString()).active().singleResult();
        if (process == null || runtime.createExecutionQuery().processInstanceId(process.getId())
                .messageEventSubscriptionName(message).count() == 0) {
            return false;
        }
        runtime.createMessageCorrelation(message).processInstanceId(process.getId()).setVariables(variables).correlateAll();
        return true;
    }
}
