package org.mentorflow.security;

import org.mentorflow.people.Groups;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The portal's login and what needs it. Public: home, FAQ, mentor search, registration, certificate check,
 * feedback links. Everything else asks for a login first, Tasklist and Cockpit included, and comes back to
 * the page asked for. Camunda's own API keeps its own protection (session plus its CSRF header for the
 * webapps, HTTP Basic for /engine-rest), so Spring's CSRF token is required on the portal's forms only. Cockpit's and
 * Admin's APIs are for coordinators (authorities are Camunda group ids); what participants may send to the engine
 * API is {@link EngineApiGuard}'s to decide, since Spring never sees an /engine-rest caller's HTTP Basic login.
 * Where switched on, the institution's single sign-on ({@link InstitutionalLogin}) stands beside the form login.
 */
@Configuration
@EnableWebSecurity
class WebSecurity {

    static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/*/logout";
    /** Who is logged in, logging in (the Welcome page's form), out, and creating the first administrator. */
    private static final String[] CAMUNDA_SESSION = {"/camunda/api/admin/auth/user/*", "/camunda/api/admin/auth/user/*/login/*",
            CAMUNDA_LOGOUT, "/camunda/api/admin/setup/**"};
    private static final String[] COORDINATOR_APIS = {"/camunda/api/cockpit/**", "/camunda/api/admin/**"};

    @Bean
    SecurityFilterChain portal(HttpSecurity http, ProcessEngine engine,
            LoginPageController loginPage, LoginSucceeded loginSucceeded, CoordinatorsOnlyAnswer coordinatorsOnly,
            ObjectProvider<InstitutionalLogin> institutionalLogin) throws Exception {
        // PasswordLogin, the only AuthenticationProvider bean, is Spring Boot's global one; adding it here too
        // would run it twice for every failed login
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/faq", "/mentors", "/mentors/", "/login", "/error", "/favicon.ico",
                                "/css/**", "/images/**", "/js/**", "/certificates/verify",
                                // registering and confirming the address; the steps after it need the login
                                "/register", "/register/sent", "/register/verify/**", "/register/new-link",
                                "/feedback/**",
                                // what a programme is and its schedule: public, like the mentor search
                                "/programmes", "/programmes/*").permitAll()
                        // programme admin, match proposals, placements, survey results
                        .requestMatchers("/coordinator/**").hasAuthority(Groups.COORDINATORS)
                        // the reports: staff read them, participants get the plain 403 page
                        .requestMatchers("/insights", "/insights/**").hasAnyAuthority(Groups.ANALYSTS, Groups.COORDINATORS,
                                Groups.CAMUNDA_ADMIN)
                        // what every webapp's login and session need, Tasklist's and the Welcome page's too
                        .requestMatchers(CAMUNDA_SESSION).permitAll()
                        // Cockpit's and Admin's own APIs (instance and incident counts, metrics): Cockpit refuses
                        // participants, so must its API; the engine API's rules are EngineApiGuard's
                        .requestMatchers(COORDINATOR_APIS[0]).hasAnyAuthority(Groups.COORDINATORS, Groups.CAMUNDA_ADMIN,
                                // Cockpit's plugin API only reads (counts, lists); the engine API guards variable values
                                Groups.ANALYSTS)
                        .requestMatchers(COORDINATOR_APIS[1]).hasAnyAuthority(Groups.COORDINATORS, Groups.CAMUNDA_ADMIN)
                        // Camunda's webapp API and engine REST authenticate every call themselves
                        .requestMatchers("/camunda/api/**", "/camunda/lib/**", "/camunda/assets/**",
                                "/engine-rest/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/api/**", "/engine-rest/**"))
                // an API call answers in Camunda's way (the webapps show their login form on 401), never with a page
                .exceptionHandling(refusals -> refusals
                        // a single default mapping would answer every refusal so (a portal form's CSRF failure
                        // too): the API's answer only for the APIs, the usual error page for the rest
                        .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                                new LinkedHashMap<>(Map.of(coordinatorApis(), coordinatorsOnly)), new AccessDeniedHandlerImpl()))
                        .authenticationEntryPoint(loginPageOr401ForApis()))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(loginSucceeded)
                        .failureHandler(loginPage::loginFailed)
                        .permitAll())
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                new AntPathRequestMatcher("/logout", "POST"),
                                new AntPathRequestMatcher(CAMUNDA_LOGOUT, "POST")))
                        // Camunda's logout button expects a plain answer and then shows its own login form
                        .logoutSuccessHandler((request, response, authentication) -> {
                            if (request.getRequestURI().startsWith("/camunda/")) {
                                response.setStatus(HttpServletResponse.SC_OK);
                            } else {
                                response.sendRedirect(request.getContextPath() + "/?loggedOut");
                            }
                        }))
                .headers(PortalHeaders::configure)
                .addFilterBefore(new CamundaSessionBridge(engine), AnonymousAuthenticationFilter.class);
        // single sign-on, where switched on: its success and failure go the form login's ways
        InstitutionalLogin sso = institutionalLogin.getIfAvailable();
        if (sso != null) {
            sso.configure(http, loginSucceeded, loginPage::loginFailed);
        }
        return http.build();
    }

    /** The login page, as form login sends there; set whole, since one more default would replace form login's. */
    private static AuthenticationEntryPoint loginPageOr401ForApis() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byPath = new LinkedHashMap<>();
        byPath.put(coordinatorApis(), new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byPath);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    private static RequestMatcher coordinatorApis() {
        return new OrRequestMatcher(Arrays.stream(COORDINATOR_APIS)
                .map(path -> (RequestMatcher) new AntPathRequestMatcher(path)).toList());
    }
}
