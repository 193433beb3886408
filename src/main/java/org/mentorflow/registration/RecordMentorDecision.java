package org.mentorflow.registration;

import static org.mentorflow.registration.RegistrationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the coordinator's check of the verification document; an approved mentor is verified. */
@Component("recordMentorDecision")
class RecordMentorDecision implements JavaDelegate {

    private final RegistrationService registrations;

    RecordMentorDecision(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrations.recordMentorDecision(REGISTRATION_ID.get(execution), MENTOR_DECISION.holds(execution, MENTOR_APPROVE),
                MENTOR_MESSAGE.get(execution));
    }
}
