package org.mentorflow.registration;

import org.mentorflow.programme.AlumniAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A programme's alumni rules, answered from the registration: its access status and the mentor's alumnus answer. */
@Component
class GrantedAlumniAccess implements AlumniAccess {

    private final RegistrationRepository registrations;

    GrantedAlumniAccess(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean granted(String personId) {
        // people created by a coordinator or an import never registered, so no code was ever asked of them
        return registrations.findByPersonId(personId)
                .map(registration -> registration.getAccessStatus() == Registration.AccessStatus.GRANTED).orElse(true);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean alumnus(String personId) {
        // the eligibility question a mentor answered; someone never asked is taken as the coordinator registered them
        return registrations.findByPersonId(personId).map(Registration::getAlumnus).orElse(true);
    }
}
