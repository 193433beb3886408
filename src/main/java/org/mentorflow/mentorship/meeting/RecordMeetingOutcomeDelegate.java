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
        Meeting meeting = meetings.recordOutcome(MEETING_ID.get(execution),
                MENTEE_SAYS_HELD.holds(execution, "yes"), MENTEE_NOTE.get(execution),
                MENTOR_SAYS_HELD.holds(execution, "yes"), MENTOR_NOTE.get(execution));
        HELD_BY_BOTH.set(execution, meeting.getStatus() == Meeting.Status.HELD);
    }
}
