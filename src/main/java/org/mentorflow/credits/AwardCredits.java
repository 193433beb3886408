package org.mentorflow.credits;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.MentorshipProcess;
import org.springframework.stereotype.Component;

/**
 * Awards credit points to one or both sides of a mentorship. Input parameters from the model: {@code event}
 * (a row of credit-points.dmn) and {@code to}: "mentee", "mentor" or "mentee,mentor". The model reaches this
 * step only for what both sides consented to, such as a meeting both confirmed.
 */
@Component("awardCredits")
class AwardCredits implements JavaDelegate {

    private final CreditsLedger ledger;

    AwardCredits(CreditsLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String event = (String) execution.getVariableLocal("event");
        Long mentorshipId = (Long) execution.getVariable(MentorshipProcess.MENTORSHIP_ID);
        for (String side : ((String) execution.getVariableLocal("to")).split("\\s*,\\s*")) {
            String personId = switch (side) {
                case "mentee" -> (String) execution.getVariable(MentorshipProcess.MENTEE_ID);
                case "mentor" -> (String) execution.getVariable(MentorshipProcess.MENTOR_ID);
                default -> throw new IllegalArgumentException("Unknown side '" + side + "' in " + execution.getCurrentActivityId());
            };
            String role = side.toUpperCase(Locale.ROOT);
            // stable across retries of this step, distinct for every other pass (each confirmed meeting counts)
            String key = "credits/" + mentorshipId + "/" + execution.getActivityInstanceId() + "/" + role;
            ledger.award(key, personId, event, role, mentorshipId);
        }
    }
}
