package org.mentorflow.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider's answer is checked (ID token signature, issuer, audience, nonce): reads the configured claims,
 * asks {@link InstitutionalAccounts} which account the login opens, and logs in as that account with its Camunda
 * groups. A refusal becomes an authentication failure whose error code the login page turns into a sentence.
 */
class InstitutionalUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final InstitutionalLoginSettings.Claims claims;
    private final InstitutionalAccounts accounts;
    private final GroupAuthorities groups;

    InstitutionalUserService(InstitutionalLoginSettings settings, InstitutionalAccounts accounts, GroupAuthorities groups) {
        this.claims = settings.claims();
        this.accounts = accounts;
        this.groups = groups;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser vouched = provider.loadUser(request);
        String userId;
        try {
            userId = accounts.admit(identityOf(vouched));
        } catch (InstitutionalLoginRefusal refusal) {
            throw new OAuth2AuthenticationException(new OAuth2Error(refusal.reason().code()), refusal.getMessage());
        }
        return new InstitutionalUser(userId, groups.loginOf(userId).getAuthorities(), vouched.getIdToken(),
                vouched.getUserInfo());
    }

    private InstitutionalIdentity identityOf(OidcUser user) {
        Map<String, Object> all = user.getClaims();
        String issuer = user.getIssuer() == null ? null : user.getIssuer().toString();
        boolean confirmed = claims.emailVerified().isBlank() || Boolean.TRUE.equals(user.getClaimAsBoolean(claims.emailVerified()));
        return new InstitutionalIdentity(issuer, user.getSubject(), text(all.get(claims.email())), confirmed,
                text(all.get(claims.givenName())), text(all.get(claims.familyName())),
                values(all.get(claims.affiliation())), language(text(all.get("locale"))));
    }

    /** The provider's "locale" claim if it says German, else the browser's language. */
    private static String language(String locale) {
        String language = locale != null ? Locale.forLanguageTag(locale.replace('_', '-')).getLanguage()
                : LocaleContextHolder.getLocale().getLanguage();
        return "de".equals(language) ? "de" : "en";
    }

    private static String text(Object claim) {
        return claim == null || claim.toString().isBlank() ? null : claim.toString().strip();
    }

    /** A list claim as it is; a string claim split at spaces and commas (some providers send "student member"). */
    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(value -> !value.isEmpty()).toList();
        }
        return claim == null ? List.of()
                : Arrays.stream(claim.toString().split("[\\s,]+")).filter(value -> !value.isEmpty()).toList();
    }
}
