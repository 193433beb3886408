package org.mentorflow.mentorship.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Both agree on the time: the meeting is on. */
@Component("scheduleMeeting")
class ScheduleMeetingDelegate implements JavaDelegate {

    private final Meetings meetings;

    ScheduleMeetingDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.schedule(MeetingProcess.MEETING_ID.get(execution));
    }
}
