package org.mentorflow.sso;

import org.mentorflow.people.PersonalDataEraser;
import org.springframework.stereotype.Component;

/** A deleted account's institutional logins go with it; logging in through the institution again starts afresh. */
@Component
class InstitutionalLinkEraser implements PersonalDataEraser {

    private final InstitutionalLinkRepository links;

    InstitutionalLinkEraser(InstitutionalLinkRepository links) {
        this.links = links;
    }

    @Override
    public void erase(String personId) {
        links.deleteByPersonId(personId);
    }
}
