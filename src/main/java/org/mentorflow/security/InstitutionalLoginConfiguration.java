package org.mentorflow.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Single sign-on's beans, made only where {@code mentorflow.sso.enabled} is true: without it the portal has no
 * client registration, so Spring Boot adds no OAuth2 client either and nothing asks for a provider.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mentorflow.sso.enabled", havingValue = "true")
class InstitutionalLoginConfiguration {

    @Bean
    DiscoveredInstitution institution(InstitutionalLoginSettings settings) {
        return new DiscoveredInstitution(settings);
    }

    @Bean
    InstitutionalLogin institutionalLogin(DiscoveredInstitution institution, InstitutionalLoginSettings settings,
            InstitutionalAccounts accounts, GroupAuthorities groups) {
        return new InstitutionalLogin(institution, new InstitutionalUserService(settings, accounts, groups));
    }
}
