package org.mentorflow.registration;

import static org.mentorflow.registration.RegistrationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the chosen roles; a mentee is one at once, a mentor only after the eligibility decision. */
@Component("recordRoleChoice")
class RecordRoleChoice implements JavaDelegate {

    private final RegistrationService registrations;

    RecordRoleChoice(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrations.recordRoleChoice(REGISTRATION_ID.get(execution), WANTS_MENTEE.holds(execution, true),
                WANTS_MENTOR.holds(execution, true));
    }
}
