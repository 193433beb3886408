package org.mentorflow.mentorship.lifecycle;

import static org.mentorflow.mentorship.MentorshipProcess.*;
import static org.mentorflow.mentorship.TaskAnswers.choice;
import static org.mentorflow.mentorship.TaskAnswers.explained;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.mentorflow.mentorship.TaskAnswers;
import org.mentorflow.system.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The tasks of a running mentorship's end: a finish after a confirmed meeting (an early one says why,
 * {@link Finishing}), the final meeting confirmed, the mentor's yes or a "not yet" that says
 * what is open, and a coordinator's decision on an inactive mentorship (a close says why).
 */
@Component
class LifecycleAnswers implements TaskAnswers {

    private final Finishing finishing;
    LifecycleAnswers(Finishing finishing) {
        this.finishing = finishing;
    }

    @Override
    public Map<String, Function<DelegateTask, Optional<TaskAnswers.Problem>>> checks() {
        return Map.of(
            TASK_FINISH_MENTORSHIP, task -> finishing.problem(MENTORSHIP_ID.get(task), EARLY_FINISH_REASON.get(task))
                    .or(() -> FINAL_MEETING_HELD.holds(task, true) ? Optional.empty()
                            : TaskAnswers.Problem.of("answers.finish.final-meeting")),
            TASK_CONFIRM_COMPLETION, task -> choice(task, COMPLETION_CONFIRMED, "yes", "no",
                    "answers.completion.decide")
                    .or(() -> explained(task, COMPLETION_CONFIRMED, "no", COMPLETION_COMMENT,
                            "answers.completion.open")),
            TASK_CHECK_INACTIVE, task -> Stream.of("contact", "extend", "close").anyMatch(option -> INACTIVE_DECISION.holds(task, option))
                    ? explained(task, INACTIVE_DECISION, "close", COORDINATOR_NOTE,
                            "answers.inactive.close-reason")
                    : TaskAnswers.Problem.of("answers.inactive.decide"));
    }

    @Override
    public Map<String, List<ProcessVariable<?>>> previousAnswers() {
        return Map.of(
                TASK_FINISH_MENTORSHIP, List.of(FINAL_MEETING_HELD),
                TASK_CONFIRM_COMPLETION, List.of(COMPLETION_CONFIRMED, COMPLETION_COMMENT));
    }
}
