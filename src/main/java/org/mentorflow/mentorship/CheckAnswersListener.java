package org.mentorflow.mentorship;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mentorflow.system.StepRefusedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a task whose answers do not make sense, with a sentence the person understands. The
 * forms ask the same; this guards the REST API and keeps gateways from failing with engine errors. The checks
 * are the stages' own ({@link TaskAnswers}).
 */
@Component("checkAnswers")
class CheckAnswersListener implements TaskListener {

    private final Map<String, Function<DelegateTask, Optional<String>>> rules;

    CheckAnswersListener(List<TaskAnswers> stages) {
        Map<String, Function<DelegateTask, Optional<String>>> byTask = new HashMap<>();
        for (TaskAnswers stage : stages) {
            stage.checks().forEach((task, rule) -> {
                if (byTask.putIfAbsent(task, rule) != null) {
                    throw new IllegalStateException("Two answer checks for task " + task);
                }
            });
        }
        this.rules = Map.copyOf(byTask);
    }

    @Override
    public void notify(DelegateTask task) {
        Function<DelegateTask, Optional<String>> rule = rules.get(task.getTaskDefinitionKey());
        if (rule == null) {
            throw new IllegalStateException("No answer check for task " + task.getTaskDefinitionKey());
        }
        rule.apply(task).ifPresent(problem -> {
            throw new StepRefusedException(problem);
        });
    }
}
