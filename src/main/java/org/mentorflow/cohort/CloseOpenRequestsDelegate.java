package org.mentorflow.cohort;

import java.util.EnumSet;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.springframework.stereotype.Component;

/**
 * The request window closed: every request of the programme still waiting for its mentor gets the message
 * RequestWindowClosed, and its own process lets it expire (the mentee is told, the mentor's slot is free).
 */
@Component("closeOpenRequests")
class CloseOpenRequestsDelegate implements JavaDelegate {

    private final CohortData data;
    private final MentorshipMessages messages;

    CloseOpenRequestsDelegate(CohortData data, MentorshipMessages messages) {
        this.data = data;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long programmeId = CohortProgrammeProcess.PROGRAMME_ID.get(execution);
        for (Mentorship request : data.mentorships(programmeId, EnumSet.of(MentorshipState.REQUESTED))) {
            messages.send(request, MentorshipProcess.MESSAGE_REQUEST_WINDOW_CLOSED, Map.of());
        }
    }
}
