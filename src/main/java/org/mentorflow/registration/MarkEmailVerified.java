package org.mentorflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The person followed the link in time: the account is theirs, the login opens. */
@Component("markEmailVerified")
class MarkEmailVerified implements JavaDelegate {

    private final RegistrationService registrations;

    MarkEmailVerified(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrations.markVerified(RegistrationProcess.REGISTRATION_ID.get(execution));
    }
}
