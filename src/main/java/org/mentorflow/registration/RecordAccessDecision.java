package org.mentorflow.registration;

import static org.mentorflow.registration.RegistrationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the coordinator's answer to an alumni-access request; a grant means full access from now on. */
@Component("recordAccessDecision")
class RecordAccessDecision implements JavaDelegate {

    private final RegistrationService registrations;

    RecordAccessDecision(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrations.recordAccessDecision((Long) execution.getVariable(REGISTRATION_ID),
                ACCESS_GRANT.equals(execution.getVariable(ACCESS_DECISION)), (String) execution.getVariable(ACCESS_MESSAGE));
    }
}
