package org.mentorflow.mentorship.legacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.meeting.Meetings;
import org.springframework.stereotype.Component;

/**
 * v1 models only ({@link LegacyProcessVersions}): their cancel and close paths end the meetings and changes
 * that ran beside the mentorship. Newer versions call them, and BPMN ends them with their scope.
 */
@Component("cancelOpenMeetings")
class CancelOpenMeetingsDelegate implements JavaDelegate {

    private final Meetings meetings;
    private final LegacyProcessVersions legacy;

    CancelOpenMeetingsDelegate(Meetings meetings, LegacyProcessVersions legacy) {
        this.meetings = meetings;
        this.legacy = legacy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long mentorshipId = MentorshipProcess.MENTORSHIP_ID.get(execution);
        meetings.cancelOpen(mentorshipId);
        legacy.endStartedBeside(mentorshipId, "Mentorship cancelled");
    }
}
