package org.mentorflow.mentorship.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.springframework.stereotype.Component;

/**
 * Writes how the request stage ended onto the mentorship; a decline carries the mentor's message along. The
 * events that end the stage call {@link #record} as they happen (execution listeners); v1 models call it as a
 * step of their own (a delegate), naming the outcome in the input parameter {@code outcome}.
 */
@Component("recordRequestOutcome")
public class RecordRequestOutcomeListener implements JavaDelegate {

    private final MentorshipRequests requests;

    RecordRequestOutcomeListener(MentorshipRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        record(execution, (String) execution.getVariableLocal("outcome"));
    }

    /**
     * As the event that decides the request happens: {@code ${recordRequestOutcome.record(execution, 'EXPIRED')}}
     * on the timer, the withdrawal message and the mentor's answer (v1 models used a step of its own).
     */
    public void record(DelegateExecution execution, String state) {
        MentorshipState outcome = MentorshipState.valueOf(state);
        long mentorshipId = (Long) execution.getVariable(MentorshipProcess.MENTORSHIP_ID);
        String declineMessage = (String) execution.getVariable(MentorshipProcess.DECLINE_MESSAGE);
        requests.answer(mentorshipId, outcome, declineMessage);
    }
}
