package org.mentorflow.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API is open by default in Camunda 7; here every call needs a participant's login
 * (HTTP Basic), and the engine's authorizations decide what that person may see.
 */
@Configuration
class RestApiAuthentication {

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication(
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(restPath + "/*");
        registration.setAsyncSupported(true);
        return registration;
    }
}
