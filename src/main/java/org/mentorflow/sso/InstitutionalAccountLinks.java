package org.mentorflow.sso;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.registration.RegistrationService;
import org.mentorflow.security.InstitutionalAccounts;
import org.mentorflow.security.InstitutionalIdentity;
import org.mentorflow.security.InstitutionalLoginRefusal;
import org.mentorflow.security.InstitutionalLoginRefusal.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which account a single sign-on opens. A known login (issuer and subject) opens its person; a first one links the
 * person with the address the institution confirmed, or registers a new one, without password, waiting for the role
 * choice. A deactivated account opens too: logging in restores it, whichever way (LoginSucceeded, as for a password).
 */
@Service
class InstitutionalAccountLinks implements InstitutionalAccounts {

    private static final int MAX_USER_NAME = 64;

    private final InstitutionalLinkRepository links;
    private final PeopleService people;
    private final RegistrationService registrations;
    private final Clock clock;

    InstitutionalAccountLinks(InstitutionalLinkRepository links, PeopleService people, RegistrationService registrations,
            Clock clock) {
        this.links = links;
        this.people = people;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String admit(InstitutionalIdentity identity) {
        if (identity.issuer() == null || identity.subject() == null) {
            throw new InstitutionalLoginRefusal(Reason.INCOMPLETE);
        }
        Optional<InstitutionalLink> known = links.findByIssuerAndSubject(identity.issuer(), identity.subject());
        if (known.isPresent()) {
            Person person = people.get(known.get().getPersonId());
            known.get().loggedIn(identity.affiliations(), clock.instant());
            return person.getId();
        }
        if (identity.email() == null) {
            throw new InstitutionalLoginRefusal(Reason.INCOMPLETE);
        }
        if (!identity.emailConfirmed()) {
            throw new InstitutionalLoginRefusal(Reason.EMAIL_UNCONFIRMED);
        }
        String personId = people.findByEmail(identity.email()).map(person -> linkable(person, identity))
                .orElseGet(() -> register(identity));
        links.save(new InstitutionalLink(identity.issuer(), identity.subject(), personId, identity.affiliations(),
                clock.instant()));
        return personId;
    }

    /** The person registered with the address the institution confirmed; that confirms a pending registration too. */
    private String linkable(Person person, InstitutionalIdentity identity) {
        if (links.existsByIssuerAndPersonId(identity.issuer(), person.getId())) {
            throw new InstitutionalLoginRefusal(Reason.LINKED_ELSEWHERE);
        }
        registrations.emailConfirmedByInstitution(person.getId());
        return person.getId();
    }

    private String register(InstitutionalIdentity identity) {
        String localPart = identity.email().substring(0, Math.max(0, identity.email().indexOf('@')));
        String firstName = identity.givenName() != null ? identity.givenName() : localPart;
        String lastName = identity.familyName() != null ? identity.familyName() : "";
        String username = freeUserName(localPart);
        registrations.registerConfirmedByInstitution(username, firstName, lastName, identity.email(), identity.language());
        return username;
    }

    /** The address's letters and digits (Camunda's user id rule), with a number added while taken. */
    private String freeUserName(String localPart) {
        String base = localPart.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (base.length() < 2) {
            base = "member" + base;
        }
        base = base.substring(0, Math.min(base.length(), MAX_USER_NAME - 4));
        String candidate = base;
        for (int number = 2; people.idTaken(candidate); number++) {
            candidate = base + number;
        }
        return candidate;
    }
}
