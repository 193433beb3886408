package org.mentorflow.mentorship.meeting;

import static org.mentorflow.mentorship.meeting.MeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Both answered whether the meeting took place: held only when both say yes. */
@Component("recordMeetingOutcome")
class RecordMeetingOutcomeDelegate implements JavaDelegate {

    private final Meetings meetings;

    RecordMeetingOutcomeDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.recordOutcome((Long) execution.getVariable(MEETING_ID),
                "yes".equals(execution.getVariable(MENTEE_SAYS_HELD)), (String) execution.getVariable(MENTEE_NOTE),
                "yes".equals(execution.getVariable(MENTOR_SAYS_HELD)), (String) execution.getVariable(MENTOR_NOTE));
        execution.setVariable(HELD_BY_BOTH, meeting.getStatus() == Meeting.Status.HELD);
    }
}
