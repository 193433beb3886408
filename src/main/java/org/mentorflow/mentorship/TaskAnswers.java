package org.mentorflow.mentorship;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.mentorflow.system.ProcessVariable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The answers a stage's task forms give, by task definition key: how {@code ${checkAnswers}} checks them before
 * the task completes ({@link CheckAnswersListener}), and which of them {@code ${clearPreviousAnswers}} forgets when
 * a loop brings a deciding task back ({@link ClearPreviousAnswersListener}). Each stage declares its own tasks'.
 */
public interface TaskAnswers {

    /**
     * What is wrong with a task's answers: one or more sentences as message keys, so each reader gets them in their
     * language (an argument to format for the reader is a {@link org.mentorflow.system.LocalizedValue}).
     */
    record Problem(List<MessageSourceResolvable> sentences) {

        public Problem {
            if (sentences.isEmpty()) {
                throw new IllegalArgumentException("A problem says at least one sentence");
            }
            sentences = List.copyOf(sentences);
        }

        /** A problem of one sentence. */
        public static Optional<Problem> of(String code, Object... arguments) {
            return Optional.of(new Problem(List.of(sentence(code, arguments))));
        }

        /** The sentences as a problem; none is no problem. */
        public static Optional<Problem> of(List<? extends MessageSourceResolvable> sentences) {
            return sentences.isEmpty() ? Optional.empty() : Optional.of(new Problem(List.copyOf(sentences)));
        }

        public static MessageSourceResolvable sentence(String code, Object... arguments) {
            return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
        }
    }

    /** Per task: what is wrong with its answers; empty when they make sense. */
    Map<String, Function<DelegateTask, Optional<Problem>>> checks();

    /** Per task: the variables holding last round's answers, which the form must not open with. */
    default Map<String, List<ProcessVariable<?>>> previousAnswers() {
        return Map.of();
    }

    /** The answer must be one of two values; anything else, of any type, is the problem (a message key). */
    static Optional<Problem> choice(DelegateTask task, ProcessVariable<String> variable, String one, String other,
            String problemCode) {
        return variable.holds(task, one) || variable.holds(task, other) ? Optional.empty() : Problem.of(problemCode);
    }

    /** When the answer is {@code value}, the text variable must say why; the problem is a message key. */
    static Optional<Problem> explained(DelegateTask task, ProcessVariable<String> variable, String value,
            ProcessVariable<String> text, String problemCode) {
        String explanation = text.get(task);
        boolean missing = explanation == null || explanation.isBlank();
        return variable.holds(task, value) && missing ? Problem.of(problemCode) : Optional.empty();
    }

    /**
     * A typed text must fit its column: longer is refused with the limit (message key answers.too-long), never cut
     * and never left to fail in the database.
     */
    static Optional<Problem> fits(DelegateTask task, ProcessVariable<String> text, int max) {
        return tooLong(text.get(task), max);
    }

    /** The same bound for a text already read: empty when it fits (or is absent). */
    static Optional<Problem> tooLong(String text, int max) {
        return text != null && text.strip().length() > max
                ? Problem.of("answers.too-long", String.valueOf(text.strip().length()), String.valueOf(max))
                : Optional.empty();
    }
}
