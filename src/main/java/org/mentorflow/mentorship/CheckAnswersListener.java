package org.mentorflow.mentorship;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mentorflow.system.StepRefusedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a task whose answers do not make sense, with sentences the person understands in their
 * language (the refusal carries the message keys; its own message is the English text). The forms ask the same;
 * this guards the REST API and keeps gateways from failing with engine errors. The checks are the stages' own
 * ({@link TaskAnswers}).
 */
@Component("checkAnswers")
class CheckAnswersListener implements TaskListener {

    private final Map<String, Function<DelegateTask, Optional<TaskAnswers.Problem>>> rules;
    private final MessageSource messages;

    CheckAnswersListener(List<TaskAnswers> stages, MessageSource messages) {
        Map<String, Function<DelegateTask, Optional<TaskAnswers.Problem>>> byTask = new HashMap<>();
        for (TaskAnswers stage : stages) {
            stage.checks().forEach((task, rule) -> {
                if (byTask.putIfAbsent(task, rule) != null) {
                    throw new IllegalStateException("Two answer checks for task " + task);
                }
            });
        }
        this.rules = Map.copyOf(byTask);
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Function<DelegateTask, Optional<TaskAnswers.Problem>> rule = rules.get(task.getTaskDefinitionKey());
        if (rule == null) {
            throw new IllegalStateException("No answer check for task " + task.getTaskDefinitionKey());
        }
        rule.apply(task).ifPresent(problem -> {
            throw new StepRefusedException(problem.sentences(),
                    StepRefusedException.text(problem.sentences(), messages, Locale.ENGLISH));
        });
    }
}
