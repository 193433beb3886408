package org.mentorflow.mentorship;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete the review without a real answer. The form already asks for one; this guards the
 * REST API and keeps the gateway from failing with an engine error instead of a sentence.
 */
@Component("checkReviewDecision")
class CheckReviewDecision implements TaskListener {

    private static final Set<String> ANSWERS = Set.of(MentorshipProcess.DECISION_ACCEPT, MentorshipProcess.DECISION_DECLINE);

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(MentorshipProcess.DECISION);
        if (!ANSWERS.contains(decision)) {
            throw new ProcessEngineException("Please choose whether you accept or decline the request (got '" + decision + "').");
        }
        Object message = task.getVariable(MentorshipProcess.DECLINE_MESSAGE);
        if (MentorshipProcess.DECISION_DECLINE.equals(decision) && (message == null || message.toString().isBlank())) {
            throw new ProcessEngineException("Please write a short message to the mentee when you decline.");
        }
    }
}
