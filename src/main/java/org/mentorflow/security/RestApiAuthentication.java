package org.mentorflow.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API is open by default in Camunda 7; here every call needs a participant's login
 * (HTTP Basic, checked at the {@link LoginGate} like every login), and the engine's authorizations decide what
 * that person may see.
 */
@Configuration
class RestApiAuthentication {

    /** Both run after Spring Security's chain (as before); the gate first, so Camunda's filter finds whom it admitted. */
    private static final int GATE_ORDER = Ordered.LOWEST_PRECEDENCE - 1;

    @Bean
    FilterRegistrationBean<Filter> engineRestBasicGate(LoginGate gate, LoginRefusalAnswer refusals,
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new RestBasicGate(gate, refusals));
        registration.setName("mentorflow-rest-basic-gate");
        registration.addUrlPatterns(restPath + "/*");
        registration.setAsyncSupported(true);
        registration.setOrder(GATE_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication(
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                AdmittedRestUser.class.getName());
        registration.addUrlPatterns(restPath + "/*");
        registration.setAsyncSupported(true);
        registration.setOrder(GATE_ORDER + 1);
        return registration;
    }
}
