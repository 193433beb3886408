package org.mentorflow.security;

import org.mentorflow.people.Groups;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The portal's login and what needs it. Public: home, FAQ, mentor search, registration, certificate check,
 * feedback links. Everything else asks for a login first, Tasklist and Cockpit included, and comes back to
 * the page asked for. Camunda's own API keeps its own protection (session plus its CSRF header for the
 * webapps, HTTP Basic for /engine-rest), so Spring's CSRF token is required on the portal's forms only.
 */
@Configuration
@EnableWebSecurity
class WebSecurity {

    static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

    @Bean
    SecurityFilterChain portal(HttpSecurity http, ProcessEngine engine,
            LoginPageController loginPage, LoginSucceeded loginSucceeded) throws Exception {
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
                        // Camunda's webapp API and engine REST authenticate every call themselves
                        .requestMatchers("/camunda/api/**", "/camunda/lib/**", "/camunda/assets/**",
                                "/engine-rest/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/api/**", "/engine-rest/**"))
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
        return http.build();
    }
}
