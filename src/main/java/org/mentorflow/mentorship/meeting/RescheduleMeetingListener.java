package org.mentorflow.mentorship.meeting;

import static org.mentorflow.mentorship.meeting.MeetingProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.programme.ProgrammeSettings;
import org.springframework.stereotype.Component;

/** When a side offers another time, the meeting moves and the process waits for the new end. */
@Component("rescheduleMeeting")
class RescheduleMeetingListener implements TaskListener {

    private final Meetings meetings;
    private final ProgrammeSettings programme;

    RescheduleMeetingListener(Meetings meetings, ProgrammeSettings programme) {
        this.meetings = meetings;
        this.programme = programme;
    }

    @Override
    public void notify(DelegateTask task) {
        if ("other".equals(task.getVariable(TIME_DECISION))) {
            Meeting meeting = meetings.moveTo((Long) task.getVariable(MEETING_ID), task.getAssignee(),
                    MeetingTimes.parse(task.getVariable(OTHER_START), programme.timeZone()));
            task.getExecution().setVariable(MEETING_ENDS_AT, Date.from(meeting.getEndsAt()));
        }
    }
}
