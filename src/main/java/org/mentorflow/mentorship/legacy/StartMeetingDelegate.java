package org.mentorflow.mentorship.legacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.meeting.Meeting;
import org.mentorflow.mentorship.meeting.MeetingDraft;
import org.mentorflow.mentorship.meeting.Meetings;
import org.mentorflow.system.ProgrammeSettings;
import org.springframework.stereotype.Component;

/** v1 models only ({@link LegacyProcessVersions}): the mentee's proposal became a top-level meeting instance. */
@Component("startMeeting")
class StartMeetingDelegate implements JavaDelegate {

    private final Meetings meetings;
    private final ProgrammeSettings programme;
    private final LegacyProcessVersions legacy;

    StartMeetingDelegate(Meetings meetings, ProgrammeSettings programme, LegacyProcessVersions legacy) {
        this.meetings = meetings;
        this.programme = programme;
        this.legacy = legacy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // "Propose a meeting" is the mentee's task
        Meeting meeting = meetings.save(MentorshipProcess.MENTORSHIP_ID.get(execution), MentorshipProcess.MENTEE_ID.get(execution),
                MeetingDraft.read(execution, programme.timeZone()));
        legacy.startMeeting(meeting.getMentorship(), meeting);
        MeetingDraft.clear(execution);
    }
}
