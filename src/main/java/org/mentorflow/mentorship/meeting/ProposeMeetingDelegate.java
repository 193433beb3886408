package org.mentorflow.mentorship.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.system.ProgrammeSettings;
import org.springframework.stereotype.Component;

/**
 * The throw event "Meeting proposed": keeps the mentee's proposal as a meeting and sends the message that
 * starts its "Meeting" event subprocess, then drops the form's values so the next proposal starts empty.
 */
@Component("proposeMeeting")
class ProposeMeetingDelegate implements JavaDelegate {

    private final Meetings meetings;
    private final ProgrammeSettings programme;

    ProposeMeetingDelegate(Meetings meetings, ProgrammeSettings programme) {
        this.meetings = meetings;
        this.programme = programme;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // "Propose a meeting" is the mentee's task
        meetings.propose(MentorshipProcess.MENTORSHIP_ID.get(execution), MentorshipProcess.MENTEE_ID.get(execution),
                MeetingDraft.read(execution, programme.timeZone()));
        MeetingDraft.clear(execution);
    }
}
