package org.mentorflow.registration;

import static org.mentorflow.registration.AlumniAccessProcess.*;

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
        registrations.recordAccessDecision(REGISTRATION_ID.get(execution), ACCESS_DECISION.holds(execution, AlumniAccessProcess.ACCESS_GRANT),
                ACCESS_MESSAGE.get(execution));
    }
}
