package org.mentorflow.mentorship.request;

import static org.mentorflow.mentorship.MentorshipProcess.*;
import static org.mentorflow.mentorship.TaskAnswers.choice;
import static org.mentorflow.mentorship.TaskAnswers.explained;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.mentorflow.mentorship.TaskAnswers;
import org.springframework.stereotype.Component;

/** The mentor's review of a request: accepted or declined, and a decline has a message to the mentee. */
@Component
class RequestAnswers implements TaskAnswers {

    @Override
    public Map<String, Function<DelegateTask, Optional<TaskAnswers.Problem>>> checks() {
        return Map.of(TASK_REVIEW_REQUEST, task -> choice(task, DECISION, DECISION_ACCEPT, DECISION_DECLINE,
                "answers.request.decide")
                .or(() -> explained(task, DECISION, DECISION_DECLINE, DECLINE_MESSAGE,
                        "answers.request.decline-message"))
                .or(() -> TaskAnswers.fits(task, DECLINE_MESSAGE, MentorshipRequests.MAX_MESSAGE_LENGTH)));
    }
}
