package org.mentorflow.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Single sign-on in the portal's filter chain, beside the form login: the login page's button starts it at
 * /oauth2/authorization/institution, the provider answers at /login/oauth2/code/institution. A success goes the
 * way of a password login ({@link LoginSucceeded}), so the session bridge opens Tasklist and Cockpit with it too;
 * any failure, the provider unreachable included, comes back to the login page with a sentence.
 */
class InstitutionalLogin {

    private final DiscoveredInstitution institution;
    private final InstitutionalUserService users;

    InstitutionalLogin(DiscoveredInstitution institution, InstitutionalUserService users) {
        this.institution = institution;
        this.users = users;
    }

    void configure(HttpSecurity http, AuthenticationSuccessHandler succeeded, AuthenticationFailureHandler failed)
            throws Exception {
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(institution)
                // the tokens live and die with the session; the portal never calls the provider's APIs with them
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .successHandler((request, response, authentication) -> {
                    // the login's time stands for the password where a step asks for it (deleting the account)
                    if (authentication.getPrincipal() instanceof OidcUser user) {
                        CurrentLogin.rememberInstitutionalLogin(request, user.getAuthenticatedAt() != null
                                ? user.getAuthenticatedAt() : user.getIssuedAt());
                    }
                    succeeded.onAuthenticationSuccess(request, response, authentication);
                })
                .failureHandler(failed)
                // the way to the provider fails too when it cannot be reached: the same page, not a 500
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler((request, response, refusal) -> failed.onAuthenticationFailure(
                                request, response, new OAuth2AuthenticationException(
                                        new OAuth2Error(InstitutionalLoginRefusal.Reason.FAILED.code()), refusal)));
                        return filter;
                    }
                }));
    }
}
