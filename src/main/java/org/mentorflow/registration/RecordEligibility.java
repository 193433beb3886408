package org.mentorflow.registration;

import static org.mentorflow.registration.RegistrationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the candidate's answers and what processes/mentor-eligibility.dmn decided, for the pages and the coordinator. */
@Component("recordEligibility")
class RecordEligibility implements JavaDelegate {

    private final RegistrationService registrations;

    RecordEligibility(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MentorAnswers answers = new MentorAnswers(
                Boolean.TRUE.equals(execution.getVariable(ALUMNUS)),
                ((Number) execution.getVariable(YEARS_AFTER_GRADUATION)).intValue(),
                Boolean.TRUE.equals(execution.getVariable(HOLDS_DOCTORATE)),
                Boolean.TRUE.equals(execution.getVariable(MENTORS_MASTERS)),
                Boolean.TRUE.equals(execution.getVariable(MENTORS_DOCTORAL)));
        registrations.recordEligibility((Long) execution.getVariable(REGISTRATION_ID), answers,
                Boolean.TRUE.equals(execution.getVariable(ELIGIBLE)), (String) execution.getVariable(ELIGIBILITY_REASON));
    }
}
