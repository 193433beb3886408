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
                ALUMNUS.holds(execution, true),
                YEARS_AFTER_GRADUATION.get(execution),
                HOLDS_DOCTORATE.holds(execution, true),
                MENTORS_MASTERS.holds(execution, true),
                MENTORS_DOCTORAL.holds(execution, true));
        registrations.recordEligibility(REGISTRATION_ID.get(execution), answers,
                ELIGIBLE.holds(execution, true), ELIGIBILITY_REASON.get(execution));
    }
}
