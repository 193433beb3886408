package org.mentorflow.mentorship;

import static org.mentorflow.mentorship.MeetingProcess.*;

import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mentorflow.programme.ProgrammeSettings;
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
        meetings.propose(mentorshipId(execution), proposer(execution), plan(execution));
        clear(execution);
    }

    long mentorshipId(DelegateExecution execution) {
        return (Long) execution.getVariable(MentorshipProcess.MENTORSHIP_ID);
    }

    /** "Propose a meeting" is the mentee's task. */
    String proposer(DelegateExecution execution) {
        return (String) execution.getVariable(MentorshipProcess.MENTEE_ID);
    }

    MeetingPlan plan(VariableScope scope) {
        return plan(scope, programme.timeZone());
    }

    /** The proposal as the form left it, also read by the form's own check before the task completes. */
    static MeetingPlan plan(VariableScope scope, ZoneId zone) {
        Object duration = scope.getVariable(PROPOSED_DURATION);
        return new MeetingPlan(MeetingTimes.parse(scope.getVariable(PROPOSED_START), zone),
                duration instanceof Number number ? number.intValue() : 0,
                (String) scope.getVariable(PROPOSED_PLACE), (String) scope.getVariable(PROPOSED_TOPIC));
    }

    void clear(DelegateExecution execution) {
        execution.removeVariables(List.of(PROPOSED_START, PROPOSED_DURATION, PROPOSED_PLACE, PROPOSED_TOPIC));
    }
}
