package org.mentorflow.mentorship.agreement;

import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.PersonalDataEraser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account, the agreements' part: the goals, agenda and contact channels of versions the person
 * proposed and their review comments go; the agreed frame (duration, number and rhythm of meetings) stays for the
 * partner.
 */
@Component
class AgreementDataEraser implements PersonalDataEraser {

    private final Mentorships mentorships;
    private final AgreementVersionRepository versions;

    AgreementDataEraser(Mentorships mentorships, AgreementVersionRepository versions) {
        this.mentorships = mentorships;
        this.versions = versions;
    }

    @Override
    @Transactional
    public void erase(String personId) {
        for (Mentorship mentorship : mentorships.of(personId)) {
            versions.findByMentorshipIdOrderByVersionNo(mentorship.getId()).forEach(version -> version.erasePersonalTexts(personId));
        }
    }
}
