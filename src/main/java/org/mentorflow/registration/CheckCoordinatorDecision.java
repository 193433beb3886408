package org.mentorflow.registration;

import static org.mentorflow.registration.RegistrationProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a coordinator's registration task without a decision, or with a "no" that does not say
 * why: the person reads that reason in their mail. The forms ask the same; this guards the REST API.
 */
@Component("checkCoordinatorDecision")
class CheckCoordinatorDecision implements TaskListener {

    private record Rule(String decision, String yes, String no, String message, String problem) {
    }

    private static final Map<String, Rule> RULES = Map.of(
            TASK_VERIFY_MENTOR, new Rule(MENTOR_DECISION, MENTOR_APPROVE, MENTOR_REJECT, MENTOR_MESSAGE,
                    "Please approve the mentor, or reject with a message that says what is missing."),
            TASK_GRANT_ACCESS, new Rule(ACCESS_DECISION, ACCESS_GRANT, ACCESS_DECLINE, ACCESS_MESSAGE,
                    "Please grant access, or decline with a reason for the mentee."));

    @Override
    public void notify(DelegateTask task) {
        Rule rule = RULES.get(task.getTaskDefinitionKey());
        if (rule == null) {
            throw new IllegalStateException("No decision check for task " + task.getTaskDefinitionKey());
        }
        Object decision = task.getVariable(rule.decision());
        Object message = task.getVariable(rule.message());
        boolean decided = rule.yes().equals(decision) || rule.no().equals(decision);
        boolean explained = !rule.no().equals(decision) || (message != null && !message.toString().isBlank());
        if (!decided || !explained) {
            throw new ProcessEngineException(rule.problem());
        }
    }
}
