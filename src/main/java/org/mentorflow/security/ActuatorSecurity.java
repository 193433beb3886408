package org.mentorflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mentorflow.people.Groups;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The operator's endpoints (/actuator). Health and its groups are public, status only, for load balancers; the
 * details, metrics and the Prometheus scrape are for administrators ({@code camunda-admin}) and for accounts of the
 * {@code monitoring} group, which has no other right. A scraper sends HTTP Basic, checked at the {@link LoginGate}
 * like the engine REST API's (same lock, same refusals); a logged-in administrator's session works too. Basic
 * creates no session, nor does a refused call.
 */
@Configuration
class ActuatorSecurity {

    static final String READERS_ONLY = "actuator.readers-only";
    static final String LOGIN_NEEDED = "actuator.login-needed";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, LoginGate gate, GroupAuthorities groups,
            LoginRefusalAnswer loginRefusals, MessageSource messages, LocaleResolver language) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAnyAuthority(Groups.CAMUNDA_ADMIN, Groups.MONITORING))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, refusal) ->
                        refuse(request, response, refusal, loginRefusals, messages, language)))
                .authenticationManager(new ProviderManager(new BasicLogin(gate, groups)))
                .exceptionHandling(refusals -> refusals.accessDeniedHandler((request, response, denied) ->
                        answer(response, HttpServletResponse.SC_FORBIDDEN, text(messages, language, request, READERS_ONLY))))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable()); // read-only endpoints; no session is ever made here
        return http.build();
    }

    /** Wrong credentials as at /engine-rest; no credentials at all: 401 asking for them. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal,
            LoginRefusalAnswer loginRefusals, MessageSource messages, LocaleResolver language) throws IOException {
        response.setHeader("WWW-Authenticate", AdmittedRestUser.CHALLENGE);
        if (request.getHeader("Authorization") != null) {
            loginRefusals.send(request, response, refusal);
        } else {
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, text(messages, language, request, LOGIN_NEEDED));
        }
    }

    private static String text(MessageSource messages, LocaleResolver language, HttpServletRequest request, String key) {
        return messages.getMessage(key, null, language.resolveLocale(request));
    }

    private static void answer(HttpServletResponse response, int status, String sentence) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), Map.of("message", sentence));
    }
}
