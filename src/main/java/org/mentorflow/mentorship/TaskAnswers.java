package org.mentorflow.mentorship;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.mentorflow.system.ProcessVariable;

/**
 * The answers a stage's task forms give, by task definition key: how {@code ${checkAnswers}} checks them before
 * the task completes ({@link CheckAnswersListener}), and which of them {@code ${clearPreviousAnswers}} forgets when
 * a loop brings a deciding task back ({@link ClearPreviousAnswersListener}). Each stage declares its own tasks'.
 */
public interface TaskAnswers {

    /** Per task: what is wrong with its answers, in a sentence the person understands; empty when they make sense. */
    Map<String, Function<DelegateTask, Optional<String>>> checks();

    /** Per task: the variables holding last round's answers, which the form must not open with. */
    default Map<String, List<ProcessVariable<?>>> previousAnswers() {
        return Map.of();
    }

    /** The answer must be one of two values; anything else, of any type, is the problem. */
    static Optional<String> choice(DelegateTask task, ProcessVariable<String> variable, String one, String other,
            String problem) {
        return variable.holds(task, one) || variable.holds(task, other) ? Optional.empty() : Optional.of(problem);
    }

    /** When the answer is {@code value}, the text variable must say why. */
    static Optional<String> explained(DelegateTask task, ProcessVariable<String> variable, String value,
            ProcessVariable<String> text, String problem) {
        String explanation = text.get(task);
        boolean missing = explanation == null || explanation.isBlank();
        return variable.holds(task, value) && missing ? Optional.of(problem) : Optional.empty();
    }
}
