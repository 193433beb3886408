package org.mentorflow.mentorship.agreement;

import static org.mentorflow.mentorship.MentorshipProcess.*;
import static org.mentorflow.mentorship.TaskAnswers.choice;
import static org.mentorflow.mentorship.TaskAnswers.explained;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.mentorflow.mentorship.TaskAnswers;
import org.mentorflow.system.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The agreement's tasks: terms within the programme's bounds, an approval or a request for changes that says
 * what should change, and the decision on a proposed change to a running mentorship.
 */
@Component
class AgreementAnswers implements TaskAnswers {

    /** agreement_version.review_comment */
    static final int MAX_COMMENT = 4000;

    @Override
    public Map<String, Function<DelegateTask, Optional<TaskAnswers.Problem>>> checks() {
        return Map.of(
            TASK_WRITE_AGREEMENT, task -> TaskAnswers.Problem.of(AgreementDraft.read(task).problems()),
            TASK_APPROVE_AGREEMENT, task -> choice(task, AGREEMENT_DECISION, "approve", "changes",
                    "answers.agreement.decide")
                    .or(() -> explained(task, AGREEMENT_DECISION, "changes", AGREEMENT_COMMENT,
                            "answers.agreement.changes"))
                    .or(() -> TaskAnswers.fits(task, AGREEMENT_COMMENT, MAX_COMMENT)),
            TASK_APPROVE_AMENDMENT, task -> choice(task, AGREEMENT_DECISION, "approve", "reject",
                    "answers.amendment.decide")
                    .or(() -> explained(task, AGREEMENT_DECISION, "reject", AGREEMENT_COMMENT,
                            "answers.amendment.reject-reason"))
                    .or(() -> TaskAnswers.fits(task, AGREEMENT_COMMENT, MAX_COMMENT)));
    }

    @Override
    public Map<String, List<ProcessVariable<?>>> previousAnswers() {
        return Map.of(TASK_APPROVE_AGREEMENT, List.of(AGREEMENT_DECISION, AGREEMENT_COMMENT));
    }
}
