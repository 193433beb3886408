package org.mentorflow.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The institution's single sign-on ({@code mentorflow.sso.*}): an OpenID Connect provider beside the portal's own
 * login form, off unless {@code enabled}. The client secret comes from the environment, never from the repository.
 *
 * @param displayName the institution's name on the login button, by language ("en", "de"); English stands in
 * @param menteeAffiliations the values of the affiliation claim that let a person become a mentee (the sources'
 *        cohort admits only the university's own students); compared ignoring case
 */
@ConfigurationProperties("mentorflow.sso")
public record InstitutionalLoginSettings(
        boolean enabled,
        String issuerUri,
        String clientId,
        String clientSecret,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue Map<String, String> displayName,
        @DefaultValue Claims claims,
        @DefaultValue("student") List<String> menteeAffiliations) {

    /**
     * The names of the claims read from the ID token and the user-info answer.
     *
     * @param emailVerified the claim saying the provider confirmed the address; empty where the institution
     *        issues the addresses itself, so every address it sends counts as confirmed
     * @param affiliation a string or a list of strings (eduPersonAffiliation: student, staff, alum, ...)
     */
    public record Claims(
            @DefaultValue("email") String email,
            @DefaultValue("email_verified") String emailVerified,
            @DefaultValue("given_name") String givenName,
            @DefaultValue("family_name") String familyName,
            @DefaultValue("eduperson_affiliation") String affiliation) {
    }

    /** The institution's name for the login button in this language. */
    public String displayName(Locale locale) {
        String name = displayName.get(locale.getLanguage());
        return name != null && !name.isBlank() ? name : displayName.getOrDefault("en", "");
    }

    /** Whether one of these affiliations lets a person become a mentee. */
    public boolean admitsMentee(List<String> affiliations) {
        return affiliations.stream().anyMatch(affiliation -> menteeAffiliations.stream()
                .anyMatch(admitted -> admitted.strip().equalsIgnoreCase(affiliation.strip())));
    }
}
