package org.mentorflow.mentorship;

import static org.mentorflow.mentorship.MeetingProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.programme.ProgrammeSettings;
import org.springframework.stereotype.Component;

/** Turns the mentee's proposal into a meeting with its own process, then drops the form's values. */
@Component("startMeeting")
class StartMeeting implements JavaDelegate {

    private final Meetings meetings;
    private final ProgrammeSettings programme;

    StartMeeting(Meetings meetings, ProgrammeSettings programme) {
        this.meetings = meetings;
        this.programme = programme;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.propose((Long) execution.getVariable(MentorshipProcess.MENTORSHIP_ID),
                (String) execution.getVariable(MentorshipProcess.MENTEE_ID), plan(execution, programme));
        execution.removeVariables(List.of(PROPOSED_START, PROPOSED_DURATION, PROPOSED_PLACE, PROPOSED_TOPIC));
    }

    static MeetingPlan plan(org.camunda.bpm.engine.delegate.VariableScope scope, ProgrammeSettings programme) {
        Object duration = scope.getVariable(PROPOSED_DURATION);
        return new MeetingPlan(MeetingTimes.parse(scope.getVariable(PROPOSED_START), programme.timeZone()),
                duration instanceof Number number ? number.intValue() : 0,
                (String) scope.getVariable(PROPOSED_PLACE), (String) scope.getVariable(PROPOSED_TOPIC));
    }
}
