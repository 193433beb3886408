package org.mentorflow.registration;

import java.util.Locale;
import java.util.Map;
import org.mentorflow.system.StepRefusedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.system.ProcessVariable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a coordinator's registration task without a decision, or with a "no" that does not say
 * why: the person reads that reason in their mail. The refusal is a message key, so the coordinator reads it in
 * their language. The forms ask the same; this guards the REST API.
 */
@Component("checkCoordinatorDecision")
class CheckCoordinatorDecision implements TaskListener {

    private final MessageSource messages;

    CheckCoordinatorDecision(MessageSource messages) {
        this.messages = messages;
    }

    private record Rule(ProcessVariable<String> decision, String yes, String no, ProcessVariable<String> message,
            String problemCode) {
    }

    private static final Map<String, Rule> RULES = Map.of(
            RegistrationProcess.TASK_VERIFY_MENTOR, new Rule(RegistrationProcess.MENTOR_DECISION, RegistrationProcess.MENTOR_APPROVE, RegistrationProcess.MENTOR_REJECT,
                    RegistrationProcess.MENTOR_MESSAGE,
                    "answers.registration.verify-mentor"),
            AlumniAccessProcess.TASK_GRANT_ACCESS, new Rule(AlumniAccessProcess.ACCESS_DECISION, AlumniAccessProcess.ACCESS_GRANT, AlumniAccessProcess.ACCESS_DECLINE,
                    AlumniAccessProcess.ACCESS_MESSAGE, "answers.registration.grant-access"));

    @Override
    public void notify(DelegateTask task) {
        Rule rule = RULES.get(task.getTaskDefinitionKey());
        if (rule == null) {
            throw new IllegalStateException("No decision check for task " + task.getTaskDefinitionKey());
        }
        boolean decided = rule.decision().holds(task, rule.yes()) || rule.decision().holds(task, rule.no());
        String message = rule.message().get(task);
        boolean explained = !rule.decision().holds(task, rule.no()) || (message != null && !message.isBlank());
        if (!decided || !explained) {
            throw new StepRefusedException(rule.problemCode(), new Object[0],
                    messages.getMessage(rule.problemCode(), null, Locale.ENGLISH));
        }
    }
}
