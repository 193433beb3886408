package org.mentorflow.security;

import java.util.List;

/**
 * A person as the institution's provider vouches for them after a single sign-on: who they are there (issuer and
 * subject, stable for life), their address, names and affiliations.
 *
 * @param emailConfirmed whether the provider confirmed the address (see {@link InstitutionalLoginSettings.Claims})
 * @param language "en" or "de", for the pages and mails of a person created now
 */
public record InstitutionalIdentity(String issuer, String subject, String email, boolean emailConfirmed,
        String givenName, String familyName, List<String> affiliations, String language) {

    public InstitutionalIdentity {
        affiliations = List.copyOf(affiliations);
    }
}
