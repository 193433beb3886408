package org.mentorflow.mentorship;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** v1 models only ({@link LegacyProcessVersions}): the mentee's proposal became a top-level meeting instance. */
@Component("startMeeting")
class StartMeetingDelegate implements JavaDelegate {

    private final ProposeMeetingDelegate proposal;
    private final Meetings meetings;
    private final LegacyProcessVersions legacy;

    StartMeetingDelegate(ProposeMeetingDelegate proposal, Meetings meetings, LegacyProcessVersions legacy) {
        this.proposal = proposal;
        this.meetings = meetings;
        this.legacy = legacy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.save(proposal.mentorshipId(execution), proposal.proposer(execution), proposal.plan(execution));
        legacy.startMeeting(meeting.getMentorship(), meeting);
        proposal.clear(execution);
    }
}
