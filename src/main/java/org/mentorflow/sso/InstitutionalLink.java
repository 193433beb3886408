package org.mentorflow.sso;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A person's login at the institution (issuer and subject, which the provider keeps for life), so a later single
 * sign-on finds the same person whatever the address says then. Keeps the affiliations of the latest login: they
 * decide whether the person may become a mentee.
 */
@Entity
class InstitutionalLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String issuer;
    private String subject;
    private String personId;
    /** Space-separated, as the provider sent them at the latest login. */
    private String affiliations;
    private Instant linkedAt;
    private Instant lastLoginAt;

    protected InstitutionalLink() {
    }

    InstitutionalLink(String issuer, String subject, String personId, List<String> affiliations, Instant now) {
        this.issuer = issuer;
        this.subject = subject;
        this.personId = personId;
        this.linkedAt = now;
        loggedIn(affiliations, now);
    }

    /** A later login: the affiliations may have changed since (a student graduated, say). */
    void loggedIn(List<String> affiliations, Instant now) {
        this.affiliations = String.join(" ", affiliations);
        this.lastLoginAt = now;
    }

    String getPersonId() {
        return personId;
    }

    List<String> getAffiliations() {
        return affiliations == null || affiliations.isBlank() ? List.of() : Arrays.asList(affiliations.split(" "));
    }
}
