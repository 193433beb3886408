package org.mentorflow.credits;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.system.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * Awards credit points to one or both sides of a mentorship. Input parameters from the model: {@link #EVENT} and
 * {@link #TO}. The model reaches this step only for what both sides consented to, such as a meeting both confirmed.
 */
@Component("awardCredits")
class AwardCredits implements JavaDelegate {

    /** Input parameter: the event, a row of credit-points.dmn (MEETING_CONFIRMED, ...). */
    static final ProcessVariable<String> EVENT = ProcessVariable.of("event", String.class);
    /** Input parameter: "mentee", "mentor" or "mentee,mentor". */
    static final ProcessVariable<String> TO = ProcessVariable.of("to", String.class);

    private final CreditsLedger ledger;

    AwardCredits(CreditsLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String event = EVENT.getLocal(execution);
        Long mentorshipId = MentorshipProcess.MENTORSHIP_ID.get(execution);
        for (String side : TO.getLocal(execution).split("\\s*,\\s*")) {
            String personId = switch (side) {
                case "mentee" -> MentorshipProcess.MENTEE_ID.get(execution);
                case "mentor" -> MentorshipProcess.MENTOR_ID.get(execution);
                default -> throw new IllegalArgumentException("Unknown side '" + side + "' in " + execution.getCurrentActivityId());
            };
            String role = side.toUpperCase(Locale.ROOT);
            // stable across retries of this step, distinct for every other pass (each confirmed meeting counts)
            String key = "credits/" + mentorshipId + "/" + execution.getActivityInstanceId() + "/" + role;
            ledger.award(key, personId, event, role, mentorshipId);
        }
    }
}
