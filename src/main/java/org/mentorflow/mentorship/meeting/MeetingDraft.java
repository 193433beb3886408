package org.mentorflow.mentorship.meeting;

import static org.mentorflow.mentorship.meeting.MeetingProcess.*;

import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mentorflow.system.ProcessVariable;

/**
 * The meeting while the mentee proposes it: the fields of "Propose a meeting" as process variables. They live
 * only from the form to the saved meeting; then the meeting in the database is the record.
 */
public final class MeetingDraft {

    static final List<ProcessVariable<?>> VARIABLES = List.of(PROPOSED_START, PROPOSED_DURATION, PROPOSED_PLACE, PROPOSED_TOPIC);

    private MeetingDraft() {
    }

    /** The proposal as the form left it, also read by the form's own check before the task completes. */
    public static MeetingPlan read(VariableScope scope, ZoneId zone) {
        Integer duration = PROPOSED_DURATION.get(scope);
        return new MeetingPlan(MeetingTimes.parse(PROPOSED_START.get(scope), zone), duration == null ? 0 : duration,
                PROPOSED_PLACE.get(scope), PROPOSED_TOPIC.get(scope));
    }

    /** Drops the form's values, so the next proposal starts empty. */
    public static void clear(VariableScope scope) {
        VARIABLES.forEach(variable -> variable.remove(scope));
    }
}
