package org.mentorflow.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The institution's provider as an OAuth2 client registration, read from its discovery document at the first
 * single sign-on rather than at start-up: the portal starts while the provider is down, and a failed discovery is
 * tried again at the next login.
 */
class DiscoveredInstitution implements ClientRegistrationRepository {

    /** In the login button's address: /oauth2/authorization/institution. */
    static final String REGISTRATION_ID = "institution";

    private final InstitutionalLoginSettings settings;
    private volatile ClientRegistration registration;

    DiscoveredInstitution(InstitutionalLoginSettings settings) {
        if (settings.issuerUri() == null || settings.issuerUri().isBlank() || settings.clientId() == null
                || settings.clientId().isBlank()) {
            throw new IllegalStateException("Single sign-on is on (mentorflow.sso.enabled) but has no issuer-uri or client-id");
        }
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                found = registration;
            }
        }
        return found;
    }

    private ClientRegistration discover() {
        return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(settings.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .build();
    }
}
