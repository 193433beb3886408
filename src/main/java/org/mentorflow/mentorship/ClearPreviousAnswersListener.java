package org.mentorflow.mentorship;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.system.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * When a loop brings a deciding task back, its form must not open with last round's answer ticked. The
 * answers were used already (the mails that quoted them are written). Which they are, each stage says
 * ({@link TaskAnswers#previousAnswers()}).
 */
@Component("clearPreviousAnswers")
class ClearPreviousAnswersListener implements TaskListener {

    private final Map<String, List<ProcessVariable<?>>> answers;

    ClearPreviousAnswersListener(List<TaskAnswers> stages) {
        Map<String, List<ProcessVariable<?>>> byTask = new HashMap<>();
        for (TaskAnswers stage : stages) {
            stage.previousAnswers().forEach((task, variables) -> {
                if (byTask.putIfAbsent(task, variables) != null) {
                    throw new IllegalStateException("Two lists of previous answers for task " + task);
                }
            });
        }
        this.answers = Map.copyOf(byTask);
    }

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().removeVariables(answers.getOrDefault(task.getTaskDefinitionKey(), List.of()).stream()
                .map(ProcessVariable::name).toList());
    }
}
