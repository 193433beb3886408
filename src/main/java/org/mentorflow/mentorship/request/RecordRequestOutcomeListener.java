package org.mentorflow.mentorship.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.system.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * Writes how the request stage ended onto the mentorship; a decline carries the mentor's message along. The
 * events that end the stage call {@link #record} as they happen (execution listeners); v1 models call it as a
 * step of their own (a delegate), naming the outcome in the input parameter {@link #OUTCOME}.
 */
@Component("recordRequestOutcome")
public class RecordRequestOutcomeListener implements JavaDelegate {

    /** Input parameter of the v1 step: a {@link MentorshipState} by name (ACCEPTED, DECLINED, EXPIRED, WITHDRAWN). */
    static final ProcessVariable<String> OUTCOME = ProcessVariable.of("outcome", String.class);

    private final MentorshipRequests requests;

    RecordRequestOutcomeListener(MentorshipRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        record(execution, OUTCOME.getLocal(execution));
    }

    /**
     * As the event that decides the request happens: {@code ${recordRequestOutcome.record(execution, 'EXPIRED')}}
     * on the timer, the withdrawal message and the mentor's answer (v1 models used a step of its own).
     */
    public void record(DelegateExecution execution, String state) {
        MentorshipState outcome = MentorshipState.valueOf(state);
        long mentorshipId = MentorshipProcess.MENTORSHIP_ID.get(execution);
        String declineMessage = MentorshipProcess.DECLINE_MESSAGE.get(execution);
        requests.answer(mentorshipId, outcome, declineMessage);
    }
}
