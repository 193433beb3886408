package org.mentorflow.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person logged in by single sign-on, named by their MentorFlow user id (not the provider's subject) and holding
 * their Camunda groups, like a password login: the session bridge, {@link CurrentLogin} and the rules read the same.
 */
class InstitutionalUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String userId;

    InstitutionalUser(String userId, Collection<? extends GrantedAuthority> groups, OidcIdToken idToken,
            OidcUserInfo userInfo) {
        super(groups, idToken, userInfo);
        this.userId = userId;
    }

    /** DefaultOAuth2User's equals and hashCode go by this name too. */
    @Override
    public String getName() {
        return userId;
    }
}
