package org.mentorflow.sso;

import java.util.List;
import org.mentorflow.registration.MenteeAdmission;
import org.mentorflow.security.InstitutionalLoginSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution's word on who may become a mentee: a person it logged in may, if the affiliations of their
 * latest login hold one of {@code mentorflow.sso.mentee-affiliations} (the sources' cohort: the university's own
 * students). Someone it never logged in is not its to judge.
 */
@Component
class AffiliationAdmission implements MenteeAdmission {

    private final InstitutionalLinkRepository links;
    private final InstitutionalLoginSettings settings;

    AffiliationAdmission(InstitutionalLinkRepository links, InstitutionalLoginSettings settings) {
        this.links = links;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayBecomeMentee(String personId) {
        List<InstitutionalLink> logins = links.findByPersonId(personId);
        return logins.isEmpty() || logins.stream().anyMatch(link -> settings.admitsMentee(link.getAffiliations()));
    }
}
