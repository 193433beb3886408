package org.mentorflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The link expired unused: the account, its Camunda login, files and mails are removed for good. */
@Component("removeUnverifiedAccount")
class RemoveUnverifiedAccount implements JavaDelegate {

    private final RegistrationService registrations;

    RemoveUnverifiedAccount(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrations.removeUnverifiedAccount(RegistrationProcess.REGISTRATION_ID.get(execution));
    }
}
