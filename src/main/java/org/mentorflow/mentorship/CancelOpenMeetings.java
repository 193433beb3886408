package org.mentorflow.mentorship;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A cancelled mentorship has no meetings ahead: their processes and open tasks end too. */
@Component("cancelOpenMeetings")
class CancelOpenMeetings implements JavaDelegate {

    private final Meetings meetings;

    CancelOpenMeetings(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.cancelOpen((Long) execution.getVariable(MentorshipProcess.MENTORSHIP_ID), "Mentorship cancelled");
    }
}
