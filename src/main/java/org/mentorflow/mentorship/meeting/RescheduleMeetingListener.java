package org.mentorflow.mentorship.meeting;

import static org.mentorflow.mentorship.meeting.MeetingProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.system.ProgrammeSettings;
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
        if (TIME_DECISION.holds(task, "other")) {
            Meeting meeting = meetings.moveTo(MEETING_ID.get(task), task.getAssignee(),
                    MeetingTimes.parse(OTHER_START.get(task), programme.timeZone()));
            MEETING_ENDS_AT.set(task.getExecution(), Date.from(meeting.getEndsAt()));
        }
    }
}
